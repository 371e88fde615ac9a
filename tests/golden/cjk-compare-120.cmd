bpolpo --data cjk.yaml compare --width 120
