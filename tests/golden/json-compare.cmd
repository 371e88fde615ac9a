bpolpo --json compare
