# --subjects that leaves only subjects without criteria: the message says
# so of them, not of the comparison, and every command it suggests keeps
# the --subjects given.
bpolpo --data three.yaml decide --subjects coffee --list; echo "exit $?"
bpolpo --data three.yaml decide --subjects tea < /dev/null; echo "exit $?"
bpolpo --data three.yaml decide --subjects cocoa,tea --yes tea.1,cocoa.1 -w 70 | sed -n '/No feature/,/shows/p'
