bpolpo --version
