bpolpo --data three.yaml verdict
