bpolpo check --help
