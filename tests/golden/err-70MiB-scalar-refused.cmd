head -c 73400320 /dev/zero | tr "\0" a | sed "1s/^/title: /" > "$TMPDIR/big.yaml"; bpolpo check "$TMPDIR/big.yaml" 2>&1 | sed "s|$TMPDIR/||"
