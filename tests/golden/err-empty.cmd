bpolpo --data bad/empty.yaml
