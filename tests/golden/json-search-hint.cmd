# Nothing found, but search finds the words: the JSON says so too.
bpolpo --json faq risk
