bpolpo completion fish > "$TMPDIR/c.fish"
fish -n "$TMPDIR/c.fish" && echo "syntax ok"
fish --no-config -c "source $TMPDIR/c.fish; complete -C 'bpolpo fa'; complete -C 'bpolpo --data three.yaml faq '; complete -C 'bpolpo --layout '; complete -C 'bpolpo compare --rows risk,s'" | sort
