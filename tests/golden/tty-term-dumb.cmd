script -qec 'TERM=dumb bpolpo --no-pager faq' /dev/null </dev/null
