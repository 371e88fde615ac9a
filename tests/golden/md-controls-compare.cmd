bpolpo --data controls.yaml --markdown compare
