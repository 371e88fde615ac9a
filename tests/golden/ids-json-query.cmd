bpolpo faq --ids --json BPO
bpolpo faq --ids=described --json --compact BPO
