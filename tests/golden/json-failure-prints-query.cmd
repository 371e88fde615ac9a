bpolpo --json faq zebra
