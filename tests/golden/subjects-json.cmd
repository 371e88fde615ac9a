bpolpo compare --subjects lpo --rows risk --json
