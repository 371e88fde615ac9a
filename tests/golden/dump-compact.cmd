bpolpo dump --compact --data three.yaml
