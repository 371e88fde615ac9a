bpolpo compare --format csv
