bpolpo --data three.yaml decide --by features --list --format html
