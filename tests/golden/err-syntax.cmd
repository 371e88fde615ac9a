bpolpo --data ../errors/syntax.yaml compare
