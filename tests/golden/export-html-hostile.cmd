bpolpo --data hostile.yaml export --format html
