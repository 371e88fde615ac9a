bpolpo --data three.yaml --color=always compare --width 120
