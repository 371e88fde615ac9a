bpolpo faq upl
