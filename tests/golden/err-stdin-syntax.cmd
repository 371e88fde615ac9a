bpolpo --data - compare < bad/syntax.yaml
