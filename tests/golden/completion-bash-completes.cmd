# Drive the bash completion function the way bash does, with COMP_WORDS.
bpolpo completion bash > "$TMPDIR/c.bash"
bash -n "$TMPDIR/c.bash" && echo "syntax ok"
bash -c '
. "$1"
c() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _bpolpo; echo "$* -> ${COMPREPLY[*]}"; }
c bpolpo co
c bpolpo faq ""
c bpolpo --data three.yaml faq ""
c bpolpo show c
c bpolpo --color ""
c bpolpo --format m
c bpolpo compare --rows ""
c bpolpo compare --rows risk,s
c bpolpo --lay
c bpolpo help ve
c bpolpo --color never sh
c bpolpo completion ""
' sh "$TMPDIR/c.bash"
# bash splits --opt=value at '=' (COMP_WORDBREAKS): as bash passes them.
bash -c '
. "$1"
c() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _bpolpo; echo "$* -> ${COMPREPLY[*]}"; }
c bpolpo --data = three.yaml faq ""
c bpolpo --color = always sh
c bpolpo --color = ""
c bpolpo --format = json faq u
' sh "$TMPDIR/c.bash"
