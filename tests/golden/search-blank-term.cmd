bpolpo search " "
