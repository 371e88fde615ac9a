bpolpo faq --ids
