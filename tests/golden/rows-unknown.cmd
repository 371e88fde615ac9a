bpolpo compare --rows scope,nope
