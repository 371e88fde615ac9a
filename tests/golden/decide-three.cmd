# decide on three subjects: criteria interleaved, a lean among three,
# features by pick, and the questions listed.
bpolpo --data three.yaml decide --list -w 60
bpolpo --data three.yaml decide --ids=described
bpolpo --data three.yaml decide --yes cocoa.1 --no tea.1,tea.2 -w 60
bpolpo --data three.yaml decide --by features --list
bpolpo --data three.yaml decide --by features --pick $(bpolpo --data three.yaml compare --ids | sed -n 1p)=tea,$(bpolpo --data three.yaml compare --ids | sed -n 2p)=either -w 60
