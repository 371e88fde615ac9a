bpolpo faq --ids --json
