script -qec 'bpolpo --no-pager faq' /dev/null </dev/null
