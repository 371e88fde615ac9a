bpolpo faq costs
