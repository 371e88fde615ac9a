bpolpo --data bad/references.yaml compare
