bpolpo --data three.yaml compare --width 100
