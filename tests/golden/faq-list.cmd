bpolpo faq
