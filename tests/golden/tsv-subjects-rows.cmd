bpolpo --data three.yaml compare --format tsv --subjects cocoa,coffee --rows prep,caffeine
