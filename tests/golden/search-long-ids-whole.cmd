bpolpo --data long-ids.yaml search --json needle | jq -r ".hits[] | .field, .command" | awk "{ print length(\$0) }"; bpolpo --data long-ids.yaml search --width 40 needle | head -n 2
