bpolpo compare --layout table --width 60
