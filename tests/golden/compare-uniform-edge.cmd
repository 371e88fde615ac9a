# The same edge on every row shown: one line under the table, not a
# column of one word; a single row, or mixed edges, keep the column;
# Markdown and JSON keep each row's edge.
bpolpo compare -w 70 --rows nature,risk
bpolpo compare -w 70 --rows nature
bpolpo compare --layout stacked -w 50 --rows nature,risk
sed 's/^    edge: .*/    edge: tea/' three.yaml > "$TMPDIR/tea.yaml"
bpolpo --data "$TMPDIR/tea.yaml" compare -w 120 --rows caffeine,prep | tail -2
bpolpo --data three.yaml compare -w 120 --rows caffeine,prep | tail -3
bpolpo compare --markdown --rows nature,risk | tail -2
bpolpo compare --json --compact --rows nature,risk | jq -c '[.features[].edge]'
