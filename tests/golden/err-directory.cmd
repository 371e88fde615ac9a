bpolpo --data ../errors compare
