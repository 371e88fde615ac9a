bpolpo --data bad/alias.yaml
