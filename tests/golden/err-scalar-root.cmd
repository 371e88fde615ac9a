bpolpo --data ../errors/scalar.yaml
