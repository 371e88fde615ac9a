bpolpo --data ../errors/utf8.yaml
