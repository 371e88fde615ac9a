bpolpo --data ../errors/empty-strings.yaml
