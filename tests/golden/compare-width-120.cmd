bpolpo compare --width=120
