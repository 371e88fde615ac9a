# make install into a staging DESTDIR, use what it installed, then uninstall.
top=$(cd ../.. && pwd)
stage=$TMPDIR/stage
make -s -C "$top" install DESTDIR="$stage" PREFIX=/usr >/dev/null 2>&1 || echo "install failed"
(cd "$stage" && find . -type f | sort)
(cd / && "$stage/usr/bin/bpolpo" --version && "$stage/usr/bin/bpolpo" faq 3 | head -n 1)
MANWIDTH=80 man -l "$stage/usr/share/man/man1/bpolpo.1" 2>&1 | sed -n '3,4p'
MANWIDTH=80 man -l "$stage/usr/share/man/man5/bpolpo.5" 2>&1 | sed -n '3,4p'
make -s -C "$top" uninstall DESTDIR="$stage" PREFIX=/usr >/dev/null 2>&1 || echo "uninstall failed"
echo "left after uninstall: $(find "$stage" -type f | wc -l) files"
