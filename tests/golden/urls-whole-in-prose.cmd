bpolpo --data hostile.yaml overview -w 30
