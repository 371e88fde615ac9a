bpolpo compare --subjects lpx
