bpolpo faq --rows scope
