# Rows reordered round one that keeps its place: f2 is second on both
# sides, so it is not moved "from 2 to 2"; the two that did move are.
printf 'format: 1\ntitle: T\nsummary: S\nsubjects:\n  - {id: a, short: A, name: A}\n  - {id: b, short: B, name: B}\nfeatures:\n' > "$TMPDIR/m1.yaml"
cp "$TMPDIR/m1.yaml" "$TMPDIR/m2.yaml"
for f in f1 f2 f3 f4; do echo "  - {id: $f, label: L, values: {a: x, b: y}}" >> "$TMPDIR/m1.yaml"; done
for f in f4 f2 f1 f3; do echo "  - {id: $f, label: L, values: {a: x, b: y}}" >> "$TMPDIR/m2.yaml"; done
cd "$TMPDIR" && bpolpo diff m1.yaml m2.yaml; echo "exit $?"
bpolpo diff m1.yaml m2.yaml --json --compact | jq -c '[.changes[] | [.id, .from, .to]]'
