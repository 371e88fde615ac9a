# A blank query is a usage error, as a blank search term is.
bpolpo faq '' 2>&1
echo "exit $?"
bpolpo show '  ' 2>&1
echo "exit $?"
bpolpo search '' 2>&1
echo "exit $?"
