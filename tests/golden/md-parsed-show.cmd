bpolpo --markdown show compliance | cmark-gfm -e table
