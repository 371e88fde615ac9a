bpolpo --data controls.yaml --markdown compare | cmark-gfm -e table
