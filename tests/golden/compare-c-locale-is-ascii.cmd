LC_ALL=C bpolpo compare --width 60
