BPOLPO_DATA=three.yaml bpolpo compare --width 120
