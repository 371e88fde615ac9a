# Every command bpolpo suggests reads the same file: with --data, quoted
# for the shell, in text and in JSON; and each one run shows its item.
mkdir -p "$TMPDIR/q/my dir" && cp three.yaml "$TMPDIR/q/my dir/it's.yaml"
cd "$TMPDIR/q"
bpolpo --data "my dir/it's.yaml" search caffeine
bpolpo --data "my dir/it's.yaml" faq
bpolpo --data "my dir/it's.yaml" faq nothing-like-it
bpolpo --data "my dir/it's.yaml" search caffeine --json | jq -r '.hits[].command' |
while IFS= read -r cmd; do
	echo "\$ $cmd"
	sh -c "$cmd" | grep -i -m 1 -e caffeine -e awake
done
