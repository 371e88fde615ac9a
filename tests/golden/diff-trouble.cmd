# Trouble is exit 2, as diff(1): a side missing or invalid, a bad count.
bpolpo diff three.yaml no-such.yaml; echo "exit $?"
bpolpo diff ../errors/three-errors.yaml three.yaml; echo "exit $?"
bpolpo diff three.yaml; echo "exit $?"
bpolpo diff three.yaml three.yaml three.yaml; echo "exit $?"
