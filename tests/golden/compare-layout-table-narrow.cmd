bpolpo compare --layout table --width 50
