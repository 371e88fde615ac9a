# dump --format yaml: the comparison as a data file, in the format's order,
# block style, literal blocks for prose, quotes only where YAML needs them
# (and escapes for what must not reach a terminal).
bpolpo --data shared.yaml dump --format yaml
bpolpo --data hostile.yaml dump --format yaml | sed -n 1,6p
bpolpo dump --format yaml | head -n 12
