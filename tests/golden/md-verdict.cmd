bpolpo --markdown verdict
