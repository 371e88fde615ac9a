bpolpo faq what is it
