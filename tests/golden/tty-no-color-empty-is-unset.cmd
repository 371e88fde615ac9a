script -qec 'NO_COLOR= bpolpo --no-pager faq' /dev/null </dev/null
