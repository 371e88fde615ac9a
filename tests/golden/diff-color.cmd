# With color, removed and added words are red and green, not bracketed.
bpolpo diff three.yaml three-v2.yaml --color=always | sed -n '1,8p' | od -c | sed -n '1,12p'
