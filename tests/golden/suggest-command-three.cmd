bpolpo --data three.yaml show histroy
