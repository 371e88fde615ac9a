bpolpo check - < cjk.yaml
