bpolpo --data bom.yaml compare
