bpolpo faq privilege
