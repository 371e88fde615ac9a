# FORCE_COLOR=0 or false turns color off, as Node reads it; CLICOLOR_FORCE=0
# does not force it (its spec says "!= 0"), so a pipe stays plain.
script -qec 'FORCE_COLOR=0 bpolpo --no-pager sources' /dev/null </dev/null | cat -v | head -n 1
script -qec 'FORCE_COLOR=false bpolpo --no-pager sources' /dev/null </dev/null | cat -v | head -n 1
script -qec 'CLICOLOR_FORCE=0 bpolpo --no-pager sources' /dev/null </dev/null | cat -v | head -n 1
CLICOLOR_FORCE=0 bpolpo sources | cat -v | head -n 1
FORCE_COLOR=false bpolpo sources | cat -v | head -n 1
