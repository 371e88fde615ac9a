script -qec "stty rows 50; BPOLPO_PAGER='sed s/^/P:/' bpolpo --color=never faq" /dev/null </dev/null
