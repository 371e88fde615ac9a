bpolpo --data ../errors/references.yaml compare
