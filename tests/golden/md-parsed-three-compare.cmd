bpolpo --data three.yaml --markdown compare | cmark-gfm -e table
