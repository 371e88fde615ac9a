bpolpo --markdown sources | cmark-gfm -e table
