bpolpo compare --width
