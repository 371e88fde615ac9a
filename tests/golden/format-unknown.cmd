bpolpo --format pdf compare
