bpolpo faq Unauthorized Practice of Law
