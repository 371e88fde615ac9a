# "how" and "much" pick nothing, though "much" is in an answer.
bpolpo faq how much
