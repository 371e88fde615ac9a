bpolpo --data controls.yaml --json --compact compare
