bpolpo sources --hyperlinks --json --compact
