bpolpo --data nulls.yaml dump; bpolpo --data nulls.yaml --json compare | ../json-check ../../data/bpolpo.schema.json
