script -qec 'bpolpo --no-pager --color=never faq' /dev/null </dev/null
