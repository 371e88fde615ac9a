rm -f "$TMPDIR/fifo"; mkfifo "$TMPDIR/fifo"; bpolpo --data "$TMPDIR/fifo" compare 2>&1 | sed "s|$TMPDIR|TMP|"
