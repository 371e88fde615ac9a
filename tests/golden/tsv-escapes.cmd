bpolpo --data sheet.yaml compare --format tsv
