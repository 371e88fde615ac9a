bpolpo --markdown sources
