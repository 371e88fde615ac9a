bpolpo compare --subjects " , "
