bpolpo --data cjk.yaml compare
