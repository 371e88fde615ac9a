for c in "compare --layout stacked" faq "search one"; do bpolpo --data long-keys.yaml --width 20 $c; done
