bpolpo --json --data bad/references.yaml compare
