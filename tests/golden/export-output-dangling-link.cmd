# A link is followed to the file it names, also one that is not there
# yet: the file is made where the link points, the link stays a link.
# A circle of links is refused.
mkdir "$TMPDIR/links" "$TMPDIR/links/pages"
cd "$TMPDIR/links"
ln -s pages/new.md link
bpolpo export --markdown -o link
echo "rc=$?"
test -L link && echo "link is still a link"
bpolpo export --markdown | cmp - pages/new.md && echo "pages/new.md is the page"
ln -s pages/missing/x.md deep
bpolpo export -o deep
echo "rc=$?"
ln -s loop2 loop1
ln -s loop1 loop2
bpolpo export -o loop1
echo "rc=$?"
ls -A . pages
