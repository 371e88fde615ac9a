BPOLPO_PAGER='sed s/^/P:/' bpolpo compare | head -n 2
