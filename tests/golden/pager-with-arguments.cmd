script -qec "stty rows 10; BPOLPO_PAGER='sed -e s/^/A:/ -e s/LPO/lpo/' bpolpo --color=never compare" /dev/null </dev/null | head -n 1
