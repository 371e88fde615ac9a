# A file of very many tiny items is refused before it holds more memory
# than twice its size (bpolpo(5), LIMITS).
awk 'BEGIN { printf "format: 1\ntitle: T\nsummary: S\nsubjects: [{id: a, short: A, name: A}, {id: b, short: B, name: B}]\nfeatures: [{id: f, label: F, values: {a: x, b: y}}]\nchoose: {a: ["; for (i = 0; i < 3000000; i++) printf "a,"; print "a]}" }' > "$TMPDIR/tiny.yaml"
bpolpo check "$TMPDIR/tiny.yaml" 2>&1 | sed "s|$TMPDIR/||"
