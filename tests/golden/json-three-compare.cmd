bpolpo --data three.yaml --json compare
