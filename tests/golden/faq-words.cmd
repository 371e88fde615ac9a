bpolpo faq is lpo a type of bpo
