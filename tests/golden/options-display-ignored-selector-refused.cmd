# Display preferences are ignored where they do not apply; selectors are
# a usage error where they mean nothing.
bpolpo faq --layout table --ascii upl | head -n 1
bpolpo check --color=always --paging=never
bpolpo faq --rows risk 2>&1
echo "exit $?"
bpolpo verdict --ids 2>&1
echo "exit $?"
bpolpo faq --max-errors 3 2>&1
echo "exit $?"
