bpolpo sources --json
