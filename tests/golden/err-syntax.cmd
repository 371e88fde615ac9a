bpolpo --data bad/syntax.yaml compare
