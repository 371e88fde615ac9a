bpolpo show --json --compact
