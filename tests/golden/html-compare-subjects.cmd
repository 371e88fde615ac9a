bpolpo --data three.yaml compare --format html --subjects tea,coffee
