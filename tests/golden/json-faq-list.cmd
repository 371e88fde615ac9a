bpolpo faq --json
