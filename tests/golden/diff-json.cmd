# diff --json: one document, valid against the schema, printed with exit 1
# too; no differences is an empty list and exit 0.
bpolpo diff three.yaml three-v2.yaml --json; echo "exit $?"
bpolpo diff three.yaml three.yaml --json --compact; echo "exit $?"
bpolpo diff three.yaml three-v2.yaml --json > "$TMPDIR/d.json"
../json-check ../../data/bpolpo.schema.json < "$TMPDIR/d.json" && echo "valid"
bpolpo diff three.yaml three-v2.yaml --json --compact | jq -c '[.changes[] | select(.what == "edge")]'
