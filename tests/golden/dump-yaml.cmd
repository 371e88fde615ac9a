# dump --format yaml: the comparison as a data file, in the format's order,
# block style, literal blocks for prose, quotes only where YAML needs them
# (and escapes for what must not reach a terminal).
bpolpo --data shared.yaml dump --format yaml
bpolpo --data hostile.yaml dump --format yaml | sed -n 1,6p
bpolpo dump --format yaml | head -n 12
# Hidden characters are escaped however big the output, streamed or not.
awk 'BEGIN { print "format: 1\ntitle: T\nsummary: S\nsubjects: [{id: a, short: A, name: A}, {id: b, short: B, name: B}]\nfeatures:";
	print "  - {id: f0, label: \"abc\\u202Edef\", values: {a: x, b: y}}";
	for (i = 1; i < 3000; i++) printf "  - {id: f%d, label: \"L%d \\U0001F600\", values: {a: x, b: y}}\n", i, i }' > "$TMPDIR/big.yaml"
bpolpo --data "$TMPDIR/big.yaml" dump --format yaml | grep -c "$(printf '\342\200\256')"
bpolpo --data "$TMPDIR/big.yaml" dump --format yaml | grep -c 'abc\\u202Edef'
