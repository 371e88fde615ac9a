bpolpo --data three.yaml --markdown compare
