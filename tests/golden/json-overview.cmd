bpolpo --json
