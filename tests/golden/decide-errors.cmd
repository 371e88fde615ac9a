# decide's usage errors: exit 2 with a message that says what to do.
bpolpo decide < /dev/null; echo "exit $?"
bpolpo decide --by features < /dev/null 2>&1 | head -1
bpolpo decide --yes lpo.9; echo "exit $?"
bpolpo decide --yes lpo.01 2>&1 | head -1
bpolpo decide --yes 'lpo.1,,bpo.2' 2>&1 | head -1
bpolpo decide --yes lpo.1 --no LPO.1 2>&1 | head -1
bpolpo decide --pick nature=xpo 2>&1 | head -1
bpolpo decide --pick natur=lpo 2>&1 | head -1
bpolpo decide --pick nature 2>&1 | head -1
bpolpo decide --pick nature=lpo,nature=bpo 2>&1 | head -1
bpolpo decide --by criteria --pick nature=lpo 2>&1 | head -1
bpolpo decide --by features --yes lpo.1 2>&1 | head -1
bpolpo decide --list --yes lpo.1 2>&1 | head -1
bpolpo decide --by both 2>&1 | head -1
bpolpo compare --yes lpo.1; echo "exit $?"
# Data without choose lists: by features only, said plainly (exit 1).
sed '/^choose:/,/^sections:/{/^sections:/!d}' ../../data/bpo-lpo.yaml > "$TMPDIR/nochoose.yaml"
bpolpo --data "$TMPDIR/nochoose.yaml" decide --yes x.1 2>&1 | sed "s|$TMPDIR/||"
bpolpo --data "$TMPDIR/nochoose.yaml" decide --yes x.1 2>/dev/null; echo "exit $?"
bpolpo --data "$TMPDIR/nochoose.yaml" decide --by features --pick nature=lpo -w 60 | head -3
