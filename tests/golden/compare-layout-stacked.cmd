bpolpo compare --layout stacked
