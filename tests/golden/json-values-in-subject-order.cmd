# Per-subject objects list subjects in the order of subjects, whatever the
# file's order: the README's recipe indexes by subject id.
bpolpo --data three.yaml compare --json --rows origin | jq -c '.features[0].values'
bpolpo --data three.yaml verdict --json | jq -c '.choose | keys_unsorted'
bpolpo --data three.yaml dump | jq -c '.features[2].values | keys_unsorted'
