bpolpo --data three.yaml --markdown verdict
