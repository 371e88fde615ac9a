bpolpo --markdown verdict | cmark-gfm -e table
