# On a terminal, a file written with -o gets no color and no links.
script -qec "bpolpo export -o $TMPDIR/export-tty.txt" /dev/null </dev/null
grep -c "$(printf '\033')" "$TMPDIR/export-tty.txt"
