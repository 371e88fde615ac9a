bpolpo search --json "model rule"
