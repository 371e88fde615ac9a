bpolpo --data cjk.yaml search --json --compact 回甘 | jq -c ".hits[] | [.snippet, .offsets]"
