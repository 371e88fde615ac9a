bpolpo --data bad/deep.yaml
