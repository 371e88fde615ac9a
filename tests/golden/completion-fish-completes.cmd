bpolpo completion fish > "$TMPDIR/c.fish"
fish -n "$TMPDIR/c.fish" && echo "syntax ok"
fish --no-config -c "source $TMPDIR/c.fish; complete -C 'bpolpo fa'; complete -C 'bpolpo --data three.yaml faq '; complete -C 'bpolpo --layout '; complete -C 'bpolpo compare --rows risk,s'; complete -C 'bpolpo --data three.yaml verdict --subjects tea,c'; complete -C 'bpolpo --color='; complete -C 'bpolpo --ids='; complete -C 'bpolpo show '; complete -C 'bpolpo diff bu'" | sort
# A --data token reaches bpolpo as fish would pass it: commandline -o
# removes the quotes, and the function expands ~ and $HOME.  Nothing in
# the token runs.
h=$TMPDIR/completion-fish
mkdir -p "$h/my dir"
cp three.yaml "$h/"
cp three.yaml "$h/my dir/"
cat > "$TMPDIR/data.fish" <<'END'
source $argv[1]
function c
	echo $argv[1] "->" (complete -C $argv[1] | string replace -r '\t.*' '' |
	    sort | string join ' ')
end
c 'bpolpo --data ~/three.yaml faq '
c 'bpolpo --data \'my dir/three.yaml\' faq '
c 'bpolpo --data "$HOME/my dir/three.yaml" faq '
c 'bpolpo --data my\ dir/three.yaml faq '
c 'bpolpo --data $HOME/three.yaml faq '
c 'bpolpo --data "$HOME/three.yaml" faq '
c 'bpolpo --data="$HOME/my dir/three.yaml" faq '
c 'bpolpo --data ~/three.yaml compare --rows '
c 'bpolpo --data ~/three.yaml decide --yes tea.1,'
c 'bpolpo --data ~/three.yaml decide --pick caffeine=tea,p'
c 'bpolpo --data ~/three.yaml decide --pick caffeine=t'
# fish leaves ~ as typed after --data=: no such file.
c 'bpolpo --data=~/three.yaml faq '
# A command substitution stays as typed: it never runs.
c 'bpolpo --data (touch pwned) faq '
c 'bpolpo --data "$(touch pwned)" faq '
c 'bpolpo --data "$HOME/$(touch pwned)" show '
test -e pwned; and echo "ran: pwned"; or echo "nothing ran"
END
(cd "$h" && HOME=$h fish --no-config "$TMPDIR/data.fish" "$TMPDIR/c.fish")
