bpolpo --markdown compare | cmark-gfm -e table
