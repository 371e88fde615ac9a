script -qec 'NO_COLOR=1 bpolpo --no-pager faq' /dev/null </dev/null
