bpolpo --markdown show
