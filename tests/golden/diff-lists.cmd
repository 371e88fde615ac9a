# Lists are compared item by item: an item with a comma is quoted, so
# lists that differ never read alike.  A write error is trouble: 2.
sed 's/keywords: \[caffeine, awake\]/keywords: ["caffeine, awake"]/' three.yaml > "$TMPDIR/k.yaml"
bpolpo diff three.yaml "$TMPDIR/k.yaml" > "$TMPDIR/changes.txt"; echo "exit $?"
sed "s|$TMPDIR/||" "$TMPDIR/changes.txt"
bpolpo diff three.yaml "$TMPDIR/k.yaml" > /dev/full; echo "a write error: exit $?"
