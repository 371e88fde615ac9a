bpolpo overview | cksum
bpolpo | cksum
bpolpo overview --json --compact | jq -r .command
bpolpo help overview
