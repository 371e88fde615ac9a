bpolpo compare --rows risk,sope
