bpolpo faq --json UPL
