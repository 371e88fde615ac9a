# A window's edge never splits an emoji ZWJ sequence, a letter and its mark, or a flag.
bpolpo --data excerpts.yaml search --json --compact needle | jq -c ".hits[] | [.snippet, .offsets]"
