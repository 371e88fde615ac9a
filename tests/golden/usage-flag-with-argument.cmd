bpolpo --json=yes faq
