bpolpo check ../errors
