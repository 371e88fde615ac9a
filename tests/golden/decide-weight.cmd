# decide --weight: how much answers matter, the score and share shown,
# the firmness line; JSON with weights, score, share, margin, firm, flip.
bpolpo decide --yes lpo.1,bpo.1 --weight lpo.1=5
bpolpo decide --yes lpo.1,bpo.1 --weight lpo.1=5 --json --compact | jq -c '.weights, [.subjects[] | {id, score, share}], .lean'
bpolpo decide --yes lpo.1,bpo.1 --weight lpo.1=5 --json > "$TMPDIR/w.json"
../json-check ../../data/bpolpo.schema.json < "$TMPDIR/w.json" && echo "valid"
# Every weight 1 is the plain tally; a later weight wins; 0 drops a fit.
bpolpo decide --yes lpo.1,lpo.3 --no bpo.2 --weight lpo.1=1 > "$TMPDIR/one.txt"
bpolpo decide --yes lpo.1,lpo.3 --no bpo.2 | cmp - "$TMPDIR/one.txt" && echo "same"
bpolpo decide --yes lpo.1,bpo.1 --weight lpo.1=5 --weight 'lpo.1 = 0' -w 60 | sed -n 3,6p
# Too close to call, a tie, and Markdown and HTML.
bpolpo decide --yes lpo.1 -w 60 | sed -n 3,6p
bpolpo decide --yes lpo.1,bpo.1 --weight bpo.1=2,lpo.1=2 --markdown | sed -n 3,8p
bpolpo decide --yes lpo.1,lpo.2 --weight lpo.2=3 --format html | grep 'class="firm"'
# By features: a weight a feature.
bpolpo --data three.yaml decide --pick caffeine=tea,prep=coffee,origin=coffee --weight caffeine=5 -w 70 | sed -n 3,12p
# Errors: an unknown id (did you mean), out of range, no '=', other commands.
bpolpo decide --yes lpo.1 --weight lpo.l=2; echo "exit $?"
bpolpo decide --yes lpo.1 --weight lpo.1=6; echo "exit $?"
bpolpo decide --yes lpo.1 --weight lpo.1=-1; echo "exit $?"
bpolpo decide --yes lpo.1 --weight lpo.1; echo "exit $?"
bpolpo decide --yes lpo.1 --weight ' '; echo "exit $?"
bpolpo --data three.yaml decide --pick caffeine=tea --weight cafeine=2; echo "exit $?"
bpolpo compare --weight lpo.1=2 2>&1 | head -1; echo "exit $?"
