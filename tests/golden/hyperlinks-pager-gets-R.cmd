# Links, like color, need less -R: it is added when a link goes to less.
mkdir -p "$TMPDIR/fake"
printf '#!/bin/sh\necho "LESS=$LESS"\ncat >/dev/null\n' >"$TMPDIR/fake/less"
chmod +x "$TMPDIR/fake/less"
script -qec "stty rows 3; PATH=$TMPDIR/fake:\$PATH LESS=-i BPOLPO_PAGER=less bpolpo --no-color sources" /dev/null </dev/null
script -qec "stty rows 3; PATH=$TMPDIR/fake:\$PATH LESS=-i BPOLPO_PAGER=less bpolpo --no-color --hyperlinks=never sources" /dev/null </dev/null
