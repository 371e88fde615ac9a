bpolpo --data three.yaml sources
