# One-line fields are folded: line breaks and the white space around them
# become one space (bpolpo(5)); prose keeps its paragraphs.
bpolpo --data hostile.yaml dump | jq -c '{label: .features[1].label, title: .sources[0].title}'
