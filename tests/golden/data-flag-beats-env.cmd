BPOLPO_DATA=nowhere.yaml bpolpo --data three.yaml sources
