script -qec "stty rows 10; LESS=-i BPOLPO_PAGER='echo LESS=\$LESS; cat >/dev/null' bpolpo compare" /dev/null </dev/null
