bpolpo --data cjk.yaml compare --width 40
