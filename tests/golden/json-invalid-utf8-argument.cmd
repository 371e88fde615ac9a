# A query with a byte that is not UTF-8: the JSON must still be valid.
bpolpo faq --json "$(printf 'upl\377')" | ../json-check ../../data/bpolpo.schema.json && echo valid
bpolpo faq --json --compact "$(printf 'upl\377')" | jq -r .query | od -An -tx1
