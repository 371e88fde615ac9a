bpolpo --data bad/no-title.yaml compare
