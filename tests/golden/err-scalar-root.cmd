bpolpo --data bad/scalar.yaml
