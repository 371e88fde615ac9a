# export --json is dump: the same bytes.
bpolpo export --json > "$TMPDIR/export.json"
bpolpo dump > "$TMPDIR/dump.json"
cmp "$TMPDIR/export.json" "$TMPDIR/dump.json" && echo same
