# After 100 problems, one line says how many more; --max-errors N changes
# it, 0 shows them all.
awk 'BEGIN { print "format: 1\ntitle: T\nsummary: S\nfeatures: [{id: f, label: F, values: {a: x}}]\nsubjects:";
	for (i = 0; i < 150; i++) printf "  - {id: Bad%d, short: A, name: N}\n", i }' > "$TMPDIR/many.yaml"
bpolpo check "$TMPDIR/many.yaml" 2>&1 | tail -n 3 | sed "s|$TMPDIR/||"
bpolpo check --max-errors 2 "$TMPDIR/many.yaml" 2>&1 | sed "s|$TMPDIR/||"
bpolpo check --max-errors 0 "$TMPDIR/many.yaml" 2>&1 | wc -l
bpolpo check --max-errors 1 --json "$TMPDIR/many.yaml" | jq -c '{errors, shown: (.problems | length), omitted}'
bpolpo --data "$TMPDIR/many.yaml" compare 2>&1 | tail -n 1 | sed "s|$TMPDIR/||"
