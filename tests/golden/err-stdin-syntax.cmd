bpolpo --data - compare < ../errors/syntax.yaml
