# --ids prints the ids the query matches, best first: a word turns into ids.
bpolpo faq --ids upl
bpolpo faq --ids unauthorised practice
bpolpo faq --ids BPO
bpolpo show --ids 2
bpolpo sources --ids aba
bpolpo faq --ids=described BPO
bpolpo compare --ids --rows 'risk, scope'
