bpolpo compare --width 40
