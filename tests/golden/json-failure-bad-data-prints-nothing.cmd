bpolpo --json --data ../errors/references.yaml compare
