bpolpo --json faq lpo
