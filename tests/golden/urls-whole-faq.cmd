bpolpo faq upl -w 40
