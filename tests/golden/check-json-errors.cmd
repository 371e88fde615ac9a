bpolpo check --json ../errors/three-errors.yaml
