# A user's LESS without R: less is told -R when colour goes to it, so
# escapes never show raw; without colour LESS stays as the user set it.
mkdir -p "$TMPDIR/fake"
printf '#!/bin/sh\necho "LESS=$LESS"\ncat >/dev/null\n' >"$TMPDIR/fake/less"
chmod +x "$TMPDIR/fake/less"
script -qec "stty rows 10; PATH=$TMPDIR/fake:\$PATH LESS=-i BPOLPO_PAGER=less bpolpo compare" /dev/null </dev/null
script -qec "stty rows 10; PATH=$TMPDIR/fake:\$PATH LESS=-i BPOLPO_PAGER=less bpolpo --no-color compare" /dev/null </dev/null
script -qec "stty rows 10; PATH=$TMPDIR/fake:\$PATH LESS=-iR BPOLPO_PAGER='less -S' bpolpo compare" /dev/null </dev/null
script -qec "stty rows 10; PATH=$TMPDIR/fake:\$PATH LESS= BPOLPO_PAGER=less bpolpo compare" /dev/null </dev/null
