for c in "" compare verdict faq "faq q" "show s" sources; do bpolpo --data markup.yaml --markdown $c; done | cmark-gfm -e table -e strikethrough -e autolink -e tagfilter
