# decide --save writes the answers and weights; --answers reads them back
# and prints the same result, byte for byte; --yes, --no and --weight
# override single answers.
bpolpo decide --yes lpo.1,lpo.3 --no bpo.2 --weight lpo.3=4 --save "$TMPDIR/a.yaml" > "$TMPDIR/first.txt"; echo "exit $?"
cat "$TMPDIR/a.yaml"
bpolpo decide --answers "$TMPDIR/a.yaml" | cmp - "$TMPDIR/first.txt" && echo "same result"
bpolpo decide --answers - --json < "$TMPDIR/a.yaml" | jq -c '.lean'
bpolpo decide --answers "$TMPDIR/a.yaml" --no lpo.3 --yes bpo.2 --weight lpo.1=2 -w 60 | sed -n 3,6p
# By features, and a file saved through --subjects.
bpolpo --data three.yaml decide --pick caffeine=tea,prep=either --weight prep=3 --save "$TMPDIR/f.yaml" > /dev/null
cat "$TMPDIR/f.yaml"
bpolpo --data three.yaml decide --answers "$TMPDIR/f.yaml" -w 60 | sed -n 3,5p
(bpolpo --data three.yaml decide --by criteria --answers "$TMPDIR/f.yaml" 2>&1; echo "exit $?") | sed "s|$TMPDIR/||"
# Another comparison: a warning when some ids match, an error when none do.
sed 's/^comparison: .*/comparison: "Old"/; s/lpo\.4/lpo.9/' "$TMPDIR/a.yaml" > "$TMPDIR/old.yaml"
bpolpo decide --answers "$TMPDIR/old.yaml" 2>&1 >/dev/null | sed "s|$TMPDIR/||"
(bpolpo --data three.yaml decide --answers "$TMPDIR/a.yaml" 2>&1; echo "exit $?") | sed "s|$TMPDIR/||"
# Bad files: FILE:LINE:COL: message, exit 1.
printf 'by: criteria\nanswers:\n  - {id: lpo.1, answer: maybe}\n' > "$TMPDIR/bad1.yaml"
printf 'by: criteria\nanswers:\n  - {id: lpo.1, answer: yes, weight: 9}\n' > "$TMPDIR/bad2.yaml"
printf 'by: criteria\nanswer:\n  - {id: lpo.1}\n' > "$TMPDIR/bad3.yaml"
printf 'answers: [ {id: lpo.1\n' > "$TMPDIR/bad4.yaml"
printf -- '- a list\n' > "$TMPDIR/bad5.yaml"
for f in bad1 bad2 bad3 bad4 bad5; do
	(cd "$TMPDIR" && bpolpo decide --answers $f.yaml; echo "exit $?")
done
(bpolpo decide --answers "$TMPDIR/none.yaml" 2>&1; echo "exit $?") | sed "s|$TMPDIR/||"
(bpolpo decide --save "$TMPDIR/no/such/dir.yaml" --yes lpo.1 2>&1; echo "exit $?") | sed "s|$TMPDIR/||"
bpolpo decide --list --answers "$TMPDIR/a.yaml" 2>&1 | head -1
bpolpo compare --save x.yaml 2>&1 | head -1
