# Did-you-mean for options, whatever the case, and for their values.
for a in --no-colour --JSON "--format md" --layout=stack "--paging alway" \
    --ids=describe; do
	bpolpo $a faq 2>&1
	echo "exit $?"
done
