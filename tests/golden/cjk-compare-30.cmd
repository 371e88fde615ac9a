bpolpo --data cjk.yaml compare --width 30
