bpolpo --data rates.yaml compare --width 200
