bpolpo faq zebra
