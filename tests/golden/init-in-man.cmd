# bpolpo(5) shows the very file init writes, and its second example is a
# valid comparison too.
sed -n '/^\.Sh EXAMPLES/,/^\.Sh SEE/p' ../../man/bpolpo.5 | awk '/^\.Bd/ { n++; next } /^\.Ed/ { n += 10 } n == 1' > "$TMPDIR/man1.yaml"
bpolpo init | diff - "$TMPDIR/man1.yaml" && echo "bpolpo(5) shows what init writes"
sed -n '/^\.Sh EXAMPLES/,/^\.Sh SEE/p' ../../man/bpolpo.5 | awk '/^\.Bd/ { n++; next } /^\.Ed/ { n += 10 } n == 12' > "$TMPDIR/man2.yaml"
bpolpo check "$TMPDIR/man2.yaml" | sed "s|$TMPDIR/||"
