bpolpo show
