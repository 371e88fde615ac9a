bpolpo --json --compact compare --rows risk
