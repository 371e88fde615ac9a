bpolpo --data three.yaml show history
