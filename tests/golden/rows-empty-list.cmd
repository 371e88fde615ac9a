bpolpo compare --rows ,
