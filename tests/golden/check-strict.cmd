# A misspelt optional key loses its data: a warning, exit 0; with
# --strict, for CI, every warning is an error and the exit status is 1.
sed 's/^choose:/chose:/' three.yaml > "$TMPDIR/chose.yaml"
bpolpo check "$TMPDIR/chose.yaml" 2>&1 | sed "s|$TMPDIR/||"; echo "exit $?"
bpolpo check --strict "$TMPDIR/chose.yaml" 2>&1 | sed "s|$TMPDIR/||"
bpolpo check --strict "$TMPDIR/chose.yaml" >/dev/null 2>&1; echo "exit $?"
bpolpo check --strict --json "$TMPDIR/chose.yaml" | jq -c '{errors, warnings, level: .problems[0].level}'
bpolpo check --strict three.yaml; echo "exit $?"
bpolpo --strict compare; echo "exit $?"
