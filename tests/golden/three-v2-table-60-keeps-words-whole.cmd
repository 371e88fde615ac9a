bpolpo --data three-v2.yaml compare --layout table --width 60
