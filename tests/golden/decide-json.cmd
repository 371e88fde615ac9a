# decide --json: answers, tallies, lean, criteria texts, valid against
# the schema; by criteria and by features.
bpolpo decide --yes lpo.1,lpo.3 --no bpo.2 --json
bpolpo decide --yes lpo.1 --json > "$TMPDIR/d.json"
../json-check ../../data/bpolpo.schema.json < "$TMPDIR/d.json" && echo "valid"
bpolpo decide --pick nature=lpo,risk=either,scope=bpo,value=lpo --json --compact | jq -c '{by, lean, features, read}'
bpolpo decide --pick nature=lpo --json > "$TMPDIR/f.json"
../json-check ../../data/bpolpo.schema.json < "$TMPDIR/f.json" && echo "valid"
bpolpo decide --list --json --compact
bpolpo decide --ids --json --compact
