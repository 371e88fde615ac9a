# Through the binary, help included: no line wider than --width (wc -L
# counts display columns; the built-in data has no emoji sequences), but
# a URL wider than the line, which stands whole on a line of its own.
for w in 20 21 23 29 31 40 47 59 60 79 80 100 120 160; do
	for c in "" compare verdict faq "faq upl" show "show compliance" sources \
	    --help "help compare" "help faq" "compare --help" "--layout table compare" \
	    "--ascii compare" "--rows risk,scope compare"; do
		n=$(bpolpo --width $w $c | grep -Ev '^ *https?://[^ ]+$' | wc -L)
		[ "$n" -le "$w" ] || echo "too wide: bpolpo --width $w $c: $n columns"
	done
done
