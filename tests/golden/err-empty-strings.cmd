bpolpo --data bad/empty-strings.yaml
