bpolpo --json verdict
