bpolpo --help
