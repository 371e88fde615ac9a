bpolpo export --json --compact --subjects lpo | jq -c "[.subjects[].id, (.features[0].values|keys), (.choose|keys)]"
