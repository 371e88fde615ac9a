bpolpo search lpo supervision --format html
