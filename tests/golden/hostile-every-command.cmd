# Invisible and reordering characters shown as escapes, everywhere.
for c in "" verdict "faq q" sources show "search evil" "decide --list"; do
	bpolpo --data hostile.yaml $c -w 60
done
