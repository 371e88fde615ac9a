bpolpo faq cheap
