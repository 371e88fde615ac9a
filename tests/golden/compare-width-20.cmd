bpolpo compare -w 20
