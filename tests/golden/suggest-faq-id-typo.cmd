bpolpo faq uple
