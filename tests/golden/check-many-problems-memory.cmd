# Every problem kept with --max-errors 0 would take many times the file's
# size: the first ones are kept, within memory as large as the file, and
# the rest counted, with a message that says why (not "--max-errors 0").
/usr/bin/python3 -c '
import sys
w = sys.stdout.write
w("format: 1\ntitle: T\nsummary: S\nsubjects:\n")
w("  - {id: a, short: A, name: Alpha}\n  - {id: b, short: B, name: Beta}\n")
w("features:\n  - {id: f, label: F, values: {a: x, b: y}}\n")
for i in range(40000):
    w("k%d: 1\n" % i)
' > "$TMPDIR/problems.yaml"
bpolpo check --max-errors 0 "$TMPDIR/problems.yaml" >"$TMPDIR/problems.out" 2>"$TMPDIR/problems.err"
echo "rc=$?"
sed "s|$TMPDIR/||" "$TMPDIR/problems.out"
grep -c 'warning: unknown key' "$TMPDIR/problems.err"
tail -1 "$TMPDIR/problems.err" | sed "s|$TMPDIR/||"
bpolpo check --max-errors 0 --json "$TMPDIR/problems.yaml" | jq -c '[.warnings, (.problems | length), .omitted]'
