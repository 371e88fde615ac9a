bpolpo --data cjk.yaml compare --width 20
