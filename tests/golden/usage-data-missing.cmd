bpolpo --data
