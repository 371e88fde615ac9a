bpolpo --data three.yaml compare --ids
