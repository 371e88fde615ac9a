bpolpo --data ../errors/wrong-kind.yaml compare
