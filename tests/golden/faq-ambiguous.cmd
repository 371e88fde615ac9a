bpolpo faq lpo
