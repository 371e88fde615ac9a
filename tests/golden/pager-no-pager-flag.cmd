script -qec "stty rows 10; BPOLPO_PAGER='sed s/^/P:/' bpolpo --no-pager --color=never compare" /dev/null </dev/null | head -n 2
