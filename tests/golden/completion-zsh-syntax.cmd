bpolpo completion zsh > "$TMPDIR/_bpolpo" && zsh -n "$TMPDIR/_bpolpo" && head -n 1 "$TMPDIR/_bpolpo"
