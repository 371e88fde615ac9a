# Drive the zsh completion function with $words as compsys sets it: each
# word as typed, quotes and all.  compadd, stubbed, prints what it gets.
# A --data word reaches bpolpo as zsh would pass it; nothing in it runs.
bpolpo completion zsh > "$TMPDIR/_bpolpo"
h=$TMPDIR/completion-zsh
mkdir -p "$h/my dir"
cp three.yaml "$h/"
cp three.yaml "$h/my dir/"
cat > "$TMPDIR/data.zsh" <<'END'
compadd() { [[ $1 == -- ]] && shift; print -r -- "${words[2,-1]} -> $*"; }
compset() { : }
_describe() {
	local -a a
	a=("${(@P)4}")
	if [[ -n $full ]]; then print -rl -- "${words[2,-1]} ->" "${a[@]}"
	else print -r -- "${words[2,-1]} -> ${a[@]%%:*}"; fi
}
words=(bpolpo '') CURRENT=2
. "$1"
c() { words=("$@"); CURRENT=$#words; _bpolpo }
c bpolpo faq ''
c bpolpo --color=''
c bpolpo --format=''
c bpolpo --ids=''
c bpolpo --paging ''
# Values only after '=' where the option may go without one.
c bpolpo --color ''
c bpolpo --l
full=1 c bpolpo ''
full=1 c bpolpo --data three.yaml faq ''
full=1 c bpolpo compare --rows risk,''
full=1 c bpolpo --data three.yaml compare --subjects tea,''
full=1 c bpolpo --wi
full=1 c bpolpo --data three.yaml decide --yes tea.1,''
c bpolpo decide --pick 'nature=lpo,'
c bpolpo decide --pick=''
c bpolpo decide --pick 'nature=l'
c bpolpo --data three.yaml faq ''
c bpolpo --data '~/three.yaml' faq ''
c bpolpo --data "'my dir/three.yaml'" faq ''
c bpolpo --data '"$HOME/my dir/three.yaml"' faq ''
c bpolpo --data 'my\ dir/three.yaml' faq ''
c bpolpo --data '$HOME/three.yaml' faq ''
c bpolpo --data '"$HOME/three.yaml"' faq ''
c bpolpo --data '${HOME}/three.yaml' faq ''
c bpolpo --data='"$HOME/my dir/three.yaml"' faq ''
c bpolpo --data '~/three.yaml' compare --rows ''
# zsh leaves ~ as typed after --data=: no such file.
c bpolpo --data='~/three.yaml' faq ''
# A command substitution stays as typed: it never runs.
c bpolpo --data '"$(touch pwned)"' faq ''
c bpolpo --data '$(touch pwned)three.yaml' faq ''
c bpolpo --data '`touch pwned`' faq ''
c bpolpo --data '"$HOME/$(touch pwned)"' show ''
[[ -e pwned ]] && echo "ran: pwned" || echo "nothing ran"
END
(cd "$h" && HOME=$h zsh -f "$TMPDIR/data.zsh" "$TMPDIR/_bpolpo")
