bpolpo export --format html
