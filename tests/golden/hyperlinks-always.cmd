bpolpo faq upl --hyperlinks=always
