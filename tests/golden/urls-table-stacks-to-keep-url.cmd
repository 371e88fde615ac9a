bpolpo --data url-values.yaml compare --width 40
