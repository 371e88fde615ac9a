bpolpo faq --subjects lpo
