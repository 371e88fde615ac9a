bpolpo --data controls.yaml
