bpolpo search lpo --format html
