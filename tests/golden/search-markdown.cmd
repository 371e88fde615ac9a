bpolpo search --markdown kpo
