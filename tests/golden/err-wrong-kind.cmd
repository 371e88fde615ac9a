bpolpo --data bad/wrong-kind.yaml compare
