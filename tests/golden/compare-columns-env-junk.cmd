COLUMNS=wide bpolpo compare
