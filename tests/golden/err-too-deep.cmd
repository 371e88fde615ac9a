bpolpo --data ../errors/deep.yaml
