bpolpo check --format html
