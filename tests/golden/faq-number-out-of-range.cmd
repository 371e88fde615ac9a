bpolpo faq 6
