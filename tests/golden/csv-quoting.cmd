bpolpo --data sheet.yaml compare --format csv
