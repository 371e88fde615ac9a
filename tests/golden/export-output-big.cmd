# Issue 21: past the buffer's flush size (64 KiB) -o got only the tail,
# the rest went to standard output.  Now the file is the whole document,
# in every format, and standard output stays empty.
/usr/bin/python3 ../bench/gen 2000 > "$TMPDIR/big.yaml"
for f in text markdown html json; do
	bpolpo --data "$TMPDIR/big.yaml" export --format $f -o "$TMPDIR/big.$f" > "$TMPDIR/big.stdout"
	echo "$f: rc=$? stdout=$(wc -c < "$TMPDIR/big.stdout")"
	bpolpo --data "$TMPDIR/big.yaml" export --format $f | cmp - "$TMPDIR/big.$f" && echo "$f: the file is what standard output gets"
done
echo "temporary files left: $(ls -A "$TMPDIR" | grep -c '^\.big')"
