# A FIFO (or /dev/stdout, a device) is written to, not renamed over.
mkfifo "$TMPDIR/export-fifo"
cat "$TMPDIR/export-fifo" > "$TMPDIR/export-fifo.out" &
bpolpo export -o "$TMPDIR/export-fifo"
echo "rc=$?"
wait
head -1 "$TMPDIR/export-fifo.out"
test -p "$TMPDIR/export-fifo" && echo "still a FIFO"
