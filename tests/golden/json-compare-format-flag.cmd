bpolpo compare --format json --rows scope
