# An edge may be a list of subject ids: those that share it, shown by
# their short names; JSON gives the list as written.
bpolpo --data shared.yaml compare -w 80
bpolpo --data shared.yaml compare --layout stacked -w 40 --rows gentle
bpolpo --data shared.yaml compare --markdown --rows gentle,price
bpolpo --data shared.yaml compare --json --compact | jq -c '[.features[].edge]'
bpolpo --data shared.yaml dump | jq -c '.features[0].edge'
