printf 'format: 1\ntitle: \303\251\303\251\303\251\303\251\303\251\303\251\nsummary:\n\tx: 1\n' > "$TMPDIR/t.yaml"; bpolpo check "$TMPDIR/t.yaml" 2>&1 | sed "s|$TMPDIR/||"
