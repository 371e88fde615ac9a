bpolpo --data ../errors/alias.yaml
