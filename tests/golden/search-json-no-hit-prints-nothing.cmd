bpolpo search --json zebra
