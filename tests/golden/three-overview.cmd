bpolpo --data three.yaml
