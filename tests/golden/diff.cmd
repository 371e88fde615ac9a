# diff: changes matched by id, as a changelog; exit 1 when they differ.
bpolpo diff three.yaml three-v2.yaml -w 60; echo "exit $?"
bpolpo diff three.yaml three.yaml; echo "exit $?"
bpolpo diff three-v2.yaml three.yaml --ascii -w 72
