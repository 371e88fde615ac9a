bpolpo compare --width 100 --ascii
