NO_COLOR=1 bpolpo --color=always sources
