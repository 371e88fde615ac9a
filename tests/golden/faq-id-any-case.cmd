bpolpo faq UPL
