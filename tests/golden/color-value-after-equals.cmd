# --color and --ids take a value only after '=': a bare word is the command.
bpolpo --color never faq 2>&1
echo "exit $?"
bpolpo --color=never sources
# After the command too: the word is not taken as the query.
bpolpo faq --ids described 2>&1
echo "exit $?"
