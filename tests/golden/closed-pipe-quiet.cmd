bpolpo compare | head -n 1
