bpolpo faq privelege
