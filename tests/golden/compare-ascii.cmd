bpolpo compare --ascii
