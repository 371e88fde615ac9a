(trap "" PIPE; bpolpo compare | head -n 1)
