bpolpo compare -o x.html
