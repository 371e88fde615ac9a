# --paging=always pages even short output; --paging=never as --no-pager.
script -qec "BPOLPO_PAGER='sed s/^/P:/' bpolpo --paging=always --no-color sources" /dev/null </dev/null
script -qec "stty rows 10; BPOLPO_PAGER='sed s/^/P:/' bpolpo --paging never --no-color compare" /dev/null </dev/null | head -n 1
bpolpo --paging sometimes 2>&1
# Only what prints the comparison or help is paged: not check's report,
# a completion script or the version.
script -qec "BPOLPO_PAGER='sed s/^/P:/' bpolpo --paging=always check" /dev/null </dev/null
script -qec "BPOLPO_PAGER='sed s/^/P:/' bpolpo --paging=always -V" /dev/null </dev/null
script -qec "BPOLPO_PAGER='sed s/^/P:/' bpolpo --paging=always completion bash" /dev/null </dev/null | head -n 1
script -qec "BPOLPO_PAGER='sed s/^/P:/' bpolpo --paging=always --no-color help help" /dev/null </dev/null | head -n 1
