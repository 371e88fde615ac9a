# A blank line inside an excerpt is one pilcrow (ASCII: //), never two spaces.
bpolpo --data excerpts.yaml search quay
bpolpo --data excerpts.yaml search --ascii quay
bpolpo --data excerpts.yaml search --json --compact quay | jq -c ".hits[] | [.snippet, .offsets]"
