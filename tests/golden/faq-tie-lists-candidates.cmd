bpolpo faq legal work
