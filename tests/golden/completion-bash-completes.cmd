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
# --color and --ids take a value only after '=', as getopt_long reads them.
c bpolpo --color ""
c bpolpo --paging ""
c bpolpo --format m
c bpolpo compare --rows ""
c bpolpo compare --rows risk,s
c bpolpo --data three.yaml compare --subjects tea,c
c bpolpo --lay
c bpolpo help ve
c bpolpo --paging never sh
c bpolpo --color sh
c bpolpo completion ""
# diff takes files, or the built-in comparison by its word.
c bpolpo diff bui
c bpolpo diff three.yaml thr
' sh "$TMPDIR/c.bash"
# bash splits --opt=value at '=' (COMP_WORDBREAKS): as bash passes them.
bash -c '
. "$1"
c() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _bpolpo; echo "$* -> ${COMPREPLY[*]}"; }
c bpolpo --data = three.yaml faq ""
c bpolpo --color = always sh
c bpolpo --color = ""
c bpolpo --format = json faq u
# decide: criterion ids in a list; --pick items split at each '=', the
# feature completed with its '=' (nothing to offer after it).
c bpolpo decide --yes lpo.1,b
c bpolpo --data three.yaml decide --no = ""
c bpolpo decide --pick n
c bpolpo decide --pick = r
c bpolpo decide --pick nature = lpo,r
c bpolpo decide --pick nature = l
c bpolpo --data three.yaml decide --pick = caffeine = tea,prep = either,
' sh "$TMPDIR/c.bash"
# A --data word reaches bpolpo as bash would pass it: COMP_WORDS keeps the
# word as typed, quotes and all.  Nothing in it runs.
h=$TMPDIR/completion-bash
mkdir -p "$h/my dir"
cp three.yaml "$h/"
cp three.yaml "$h/my dir/"
cat > "$TMPDIR/data.bash" <<'END'
. "$1"
c() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _bpolpo; echo "$* -> ${COMPREPLY[*]}"; }
c bpolpo --data '~/three.yaml' faq ""
c bpolpo --data "'my dir/three.yaml'" faq ""
c bpolpo --data '"$HOME/my dir/three.yaml"' faq ""
c bpolpo --data 'my\ dir/three.yaml' faq ""
c bpolpo --data '$HOME/three.yaml' faq ""
c bpolpo --data '${HOME}/three.yaml' faq ""
c bpolpo --data '"${HOME}"/three.yaml' faq ""
c bpolpo --data = '"$HOME/my dir/three.yaml"' faq ""
c bpolpo --data '~/three.yaml' compare --rows ""
# Quoted or escaped, ~ and $HOME stay as typed, and so does ~ after
# --data=: no such file.
c bpolpo --data = '~/three.yaml' faq ""
c bpolpo --data '"~/three.yaml"' faq ""
c bpolpo --data "'\$HOME/three.yaml'" faq ""
c bpolpo --data '\$HOME/three.yaml' faq ""
c bpolpo --data '"\$HOME/three.yaml"' faq ""
# A command substitution stays as typed too: it never runs.
c bpolpo --data '"$(touch pwned)"' faq ""
c bpolpo --data '$(touch pwned)three.yaml' faq ""
c bpolpo --data '`touch pwned`' faq ""
c bpolpo --data '"$HOME/$(touch pwned)"' show ""
[ -e pwned ] && echo "ran: pwned" || echo "nothing ran"
# File names: -o filenames, and a name with a space is one name.
compopt() { echo "compopt $*"; }
f() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _bpolpo; echo "$* -> ${#COMPREPLY[@]}: ${COMPREPLY[*]}"; }
f bpolpo --data "'my d"
f bpolpo --data 'my\ d'
f bpolpo --data '~/my'
f bpolpo --data = '"my d'
f bpolpo check '"my dir/th'
END
(cd "$h" && HOME=$h bash "$TMPDIR/data.bash" "$TMPDIR/c.bash")
