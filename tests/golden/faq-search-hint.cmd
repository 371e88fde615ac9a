bpolpo faq risk
