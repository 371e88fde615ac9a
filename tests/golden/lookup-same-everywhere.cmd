# faq, show and sources take an id, a number or words, trimmed alike.
bpolpo show 2 | head -n 1
bpolpo show "what is bpo" | head -n 1
bpolpo show '  Compliance ' | head -n 1
bpolpo sources 1
bpolpo sources aba
bpolpo sources ' legal outsourcing'
bpolpo faq '3 ' | head -n 1
bpolpo faq '  upl  ' | head -n 1
bpolpo sources 3 2>&1
echo "exit $?"
bpolpo show 0 2>&1
echo "exit $?"
