bpolpo --data three.yaml check
