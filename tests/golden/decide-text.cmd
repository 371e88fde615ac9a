# decide answered from the command line: the lean, each subject's
# criteria marked, where to read on, and that it is no advice.
bpolpo decide --yes lpo.1,lpo.3 --no bpo.2 -w 80; echo "exit $?"
# Repeated options add up; ids in any case, blanks around them.
bpolpo decide --yes ' LPO.2 ' --yes bpo.1 --no lpo.4,bpo.3 -w 50 --ascii
# A tie is said plainly, as is nothing answered yes.
bpolpo decide --yes bpo.1,lpo.1 -w 60 | head -4
bpolpo decide --no bpo.1,lpo.1 -w 60 | head -4
# --pick may be repeated: the lists are read as one.
bpolpo decide --pick nature=lpo --pick value=lpo,scope=either -w 60 | sed -n 3,4p
bpolpo decide --pick nature=lpo --pick NATURE=bpo; echo "exit $?"
