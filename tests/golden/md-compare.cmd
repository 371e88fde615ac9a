bpolpo --markdown compare
