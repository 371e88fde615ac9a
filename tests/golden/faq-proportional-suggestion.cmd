# "india" is not near enough "nda" to suggest it; search finds the word.
bpolpo faq india
