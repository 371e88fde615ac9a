bpolpo --data three.yaml compare
