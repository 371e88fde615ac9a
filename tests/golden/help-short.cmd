bpolpo -h
