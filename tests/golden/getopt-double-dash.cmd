# "--" ends the options: what follows is the command and its arguments.
bpolpo -- faq upl | head -n 1
bpolpo search -- -driven | head -n 2
