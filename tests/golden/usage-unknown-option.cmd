bpolpo --colour compare
