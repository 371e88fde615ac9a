bpolpo --data cjk.yaml --width 20
