bpolpo --data ../errors/empty.yaml
