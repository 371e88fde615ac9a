bpolpo compare --max-errors 3
