# Usage and data errors go to standard error only, JSON or not.
bpolpo --json faq --rows x 2>/dev/null | wc -c
bpolpo --json --data missing.yaml faq 2>/dev/null | wc -c
bpolpo --json --width 5 faq 2>/dev/null | wc -c
