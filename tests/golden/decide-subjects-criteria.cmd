bpolpo --data three.yaml decide --subjects tea --list
