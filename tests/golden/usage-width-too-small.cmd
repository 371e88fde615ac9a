bpolpo compare --width 10
