script -qec "stty rows 10; BPOLPO_PAGER=no-such-pager-here bpolpo --color=never compare" /dev/null </dev/null | sed 's/^sh: [0-9]*: /sh: /' | head -n 4
