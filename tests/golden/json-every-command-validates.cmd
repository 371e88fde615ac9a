# Every command's JSON on every valid fixture validates against the schema;
# a command that fails (no FAQ in cjk.yaml) prints nothing and is skipped.
for d in "" three.yaml cjk.yaml controls.yaml markup.yaml bom.yaml nulls.yaml; do
	for c in "" compare verdict faq "faq 1" show "show s" sources dump "compare --compact" "search a" "search e t"; do
		bpolpo ${d:+--data $d} --json $c >"$TMPDIR/doc" 2>/dev/null || continue
		../json-check ../../data/bpolpo.schema.json <"$TMPDIR/doc" ||
		    echo "invalid: ${d:-built-in} $c"
		n=$((n + 1))
	done
done
echo "$n documents"
