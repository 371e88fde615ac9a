bpolpo compare --layout grid
