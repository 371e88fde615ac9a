# Terms far apart get a window each, joined by an ellipsis; every renderer agrees.
bpolpo --data excerpts.yaml search lantern compass
bpolpo --data excerpts.yaml search --ascii lantern compass
bpolpo --data excerpts.yaml search --markdown lantern compass
bpolpo --data excerpts.yaml search --json --compact lantern compass | jq -c ".hits[] | [.snippet, .offsets]"
bpolpo --data excerpts.yaml search --color=always lantern chapel signposts compass
