# A named pipe nothing writes to is read as empty, never waited for.
rm -f "$TMPDIR/fifo"; mkfifo "$TMPDIR/fifo"; bpolpo --data "$TMPDIR/fifo" compare 2>&1 | sed "s|$TMPDIR|TMP|"
