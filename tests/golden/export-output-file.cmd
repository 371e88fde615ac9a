# -o writes the file whole, through a temporary file and a rename:
# nothing on standard output, nothing left beside it.
mkdir "$TMPDIR/export-o"
echo old > "$TMPDIR/export-o/page.html"
bpolpo export --format html -o "$TMPDIR/export-o/page.html"
echo "rc=$?"
ls -A "$TMPDIR/export-o"
head -2 "$TMPDIR/export-o/page.html"
tail -1 "$TMPDIR/export-o/page.html"
