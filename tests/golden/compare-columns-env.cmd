COLUMNS=60 bpolpo compare
