BPOLPO_DATA=nowhere.yaml bpolpo compare
