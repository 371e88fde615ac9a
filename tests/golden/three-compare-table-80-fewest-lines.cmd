bpolpo --data three.yaml compare --layout table --width 80
