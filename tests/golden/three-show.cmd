bpolpo --data three.yaml show
