bpolpo check
