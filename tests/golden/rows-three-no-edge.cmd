bpolpo --data three.yaml compare --rows origin --width 120
