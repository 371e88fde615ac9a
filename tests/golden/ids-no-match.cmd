# No id matches: a message, an empty JSON array, exit 1.
bpolpo faq --ids --json zebra
