bpolpo --data short-values.yaml compare --width 60
