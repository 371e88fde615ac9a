bpolpo search -w 20 ethics
