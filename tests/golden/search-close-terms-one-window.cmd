# Two terms near each other share one window, with a single term's context.
bpolpo --data excerpts.yaml search kettle stove
bpolpo --data excerpts.yaml search --json --compact kettle stove | jq -c ".hits[] | [.snippet, .offsets]"
