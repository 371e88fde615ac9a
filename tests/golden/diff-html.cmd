# diff --format html: a page, each change under its part's heading, the
# words taken out in <del>, those put in in <ins>; the names as given,
# escaped; no differences said so.
bpolpo diff three.yaml three-v2.yaml --format html; echo "exit $?"
bpolpo diff three.yaml three.yaml --format html | sed -n '/<main>/,/<\/main>/p'
cp three.yaml "$TMPDIR/<b>&'.yaml"
bpolpo diff "$TMPDIR/<b>&'.yaml" three-v2.yaml --format html | grep '<title>' | sed "s|$TMPDIR/||"
