bpolpo check --json three.yaml
