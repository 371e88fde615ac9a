bpolpo --data bad/two-docs.yaml
