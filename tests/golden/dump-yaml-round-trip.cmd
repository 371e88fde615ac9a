# What dump --format yaml prints reads back as the same comparison: for the
# built-in data and every fixture, its JSON dump equals the original's.
for f in - *.yaml; do
	if [ "$f" = - ]; then set --; else set -- --data "$f"; fi
	bpolpo "$@" dump --compact 2>/dev/null | jq -S . > "$TMPDIR/a.json" || continue
	[ -s "$TMPDIR/a.json" ] || continue
	bpolpo "$@" dump --format yaml > "$TMPDIR/y.yaml"
	bpolpo --data - dump --compact < "$TMPDIR/y.yaml" | jq -S . > "$TMPDIR/b.json"
	if cmp -s "$TMPDIR/a.json" "$TMPDIR/b.json"; then echo "same: $f"; else echo "DIFFERENT: $f"; fi
	bpolpo check - < "$TMPDIR/y.yaml" | sed 's/^(stdin)/  check/'
done
