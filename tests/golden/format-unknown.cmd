bpolpo --format html compare
