bpolpo --markdown show lpo
