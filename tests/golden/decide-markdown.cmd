# decide --markdown: the same result as a note to paste.
bpolpo decide --yes lpo.1,lpo.3 --no bpo.2 --markdown
bpolpo --data three.yaml decide --by features --pick $(bpolpo --data three.yaml compare --ids | head -1)=cocoa --markdown
