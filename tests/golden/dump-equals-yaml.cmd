for d in three.yaml cjk.yaml controls.yaml markup.yaml bom.yaml; do
	bpolpo --data $d dump | ../json-check --dump-equals $d || echo "differs: $d"
done
bpolpo dump | ../json-check --dump-equals ../../data/bpo-lpo.yaml || echo "differs: built-in"
