bpolpo show bpo lpo
