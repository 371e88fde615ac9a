bpolpo --data bad/utf8.yaml
