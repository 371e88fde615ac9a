bpolpo compare --rows scope,nature
