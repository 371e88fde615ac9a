bpolpo faq upl --format html
