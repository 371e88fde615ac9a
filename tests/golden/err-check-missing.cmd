bpolpo check nowhere.yaml
