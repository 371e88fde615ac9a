# Invisible and reordering characters shown as escapes, everywhere.
for c in "" verdict "faq q" sources show "search evil"; do
	bpolpo --data hostile.yaml $c -w 60
done
