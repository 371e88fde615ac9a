# Short flags bundle; of -h and -V the first wins, as in GNU tools.
bpolpo -hV | head -n 1
bpolpo -Vh
