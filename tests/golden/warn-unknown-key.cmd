bpolpo --data bad/unknown-key.yaml compare
