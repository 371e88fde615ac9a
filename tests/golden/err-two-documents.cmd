bpolpo --data ../errors/two-docs.yaml
