# dump prints JSON only: --markdown, a display preference, is ignored there.
bpolpo dump --markdown --compact | cksum
bpolpo dump --compact | cksum
bpolpo dump --format markdown | head -n 2
