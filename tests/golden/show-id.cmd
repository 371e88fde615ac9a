bpolpo show compliance
