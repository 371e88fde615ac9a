# Every command's JSON on every valid fixture validates against the schema,
# failures included: a look-up or search that finds nothing still prints a
# document.  A command with nothing to print (no FAQ in cjk.yaml) prints
# nothing and is skipped.
n=0
for d in "" three.yaml cjk.yaml controls.yaml markup.yaml bom.yaml nulls.yaml; do
	for c in "" overview compare verdict faq "faq 1" show "show s" sources \
	    "sources 1" dump "compare --compact" "search a" "search e t" \
	    "faq zebra" "faq 9" "show zebra" "sources zebra" "search zebra" \
	    "faq lpo" "faq risk" "compare --ids" "faq --ids" \
	    "show --ids=described" "sources --ids q" "compare --rows f --ids"; do
		bpolpo ${d:+--data $d} --json $c >"$TMPDIR/doc" 2>/dev/null
		[ -s "$TMPDIR/doc" ] || continue
		../json-check ../../data/bpolpo.schema.json <"$TMPDIR/doc" ||
		    echo "invalid: ${d:-built-in} $c"
		n=$((n + 1))
	done
done
echo "$n documents"
