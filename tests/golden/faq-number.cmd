bpolpo faq 3
