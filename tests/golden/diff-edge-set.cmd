# An edge that subjects share is a set of them: the same subjects in
# another order are no change; another set is, shown as each side writes it.
cp three-v2.yaml "$TMPDIR/v2.yaml"
sed 's/edge: \[tea, cocoa\]/edge: [cocoa, tea]/' three-v2.yaml > "$TMPDIR/turned.yaml"
sed 's/edge: \[tea, cocoa\]/edge: [cocoa, coffee]/' three-v2.yaml > "$TMPDIR/other.yaml"
cd "$TMPDIR" && bpolpo diff v2.yaml turned.yaml; echo "exit $?"
bpolpo diff turned.yaml other.yaml; echo "exit $?"
