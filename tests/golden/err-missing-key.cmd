bpolpo --data ../errors/no-title.yaml compare
