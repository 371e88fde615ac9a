bpolpo --data nowhere.yaml compare
