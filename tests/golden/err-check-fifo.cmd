mkfifo "$TMPDIR/f2"; bpolpo check "$TMPDIR/f2" 2>&1 | sed "s|$TMPDIR/||"
