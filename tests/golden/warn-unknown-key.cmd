bpolpo --data ../errors/unknown-key.yaml compare
