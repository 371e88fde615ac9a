bpolpo --data controls.yaml compare
