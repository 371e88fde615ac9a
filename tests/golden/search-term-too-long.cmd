# A search term is a phrase, not a page: at most 4096 bytes.
bpolpo search "$(awk 'BEGIN { while (i++ < 4097) printf "a" }')"
