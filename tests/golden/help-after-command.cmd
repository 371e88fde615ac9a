bpolpo compare --help
