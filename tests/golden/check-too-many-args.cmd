bpolpo check a b
