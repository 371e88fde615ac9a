script -qec "stty rows 10; BPOLPO_PAGER='sed s/^/P:/' PAGER='sed s/^/Q:/' bpolpo --color=never compare" /dev/null </dev/null | head -n 2
