# A changed text of 4096 control characters in a row, a whole piece of
# the JSON string writer escaped as \u001b: diff --json said "out of
# memory" when it had a string writer of its own; now there is one.
/usr/bin/python3 -c '
import sys
for name, n in (("old", 4096), ("new", 4097)):
    with open(sys.argv[1] + "/" + name + ".yaml", "w") as f:
        f.write("format: 1\ntitle: T\nsummary: S\nsubjects:\n")
        f.write("  - {id: a, short: A, name: Alpha}\n")
        f.write("  - {id: b, short: B, name: Beta}\nfeatures:\n")
        f.write("  - {id: f, label: F, values: {a: \"" + "\\e" * n + "\", b: y}}\n")
' "$TMPDIR"
bpolpo diff --json "$TMPDIR/old.yaml" "$TMPDIR/new.yaml" > "$TMPDIR/diff.json"
echo "rc=$?"
jq -r '.differences, (.changes[0].new | length)' "$TMPDIR/diff.json"
