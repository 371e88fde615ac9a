bpolpo compar
