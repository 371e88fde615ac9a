script -qec 'LINES=3 bpolpo dump --compact --data bom.yaml' /dev/null </dev/null
