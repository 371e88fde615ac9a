# bpolpo(1) shows diff's marks as diff prints them: the mark of a move,
# and "No differences." whole ("No" is an mdoc macro, and was dropped).
mandoc -Tutf8 ../../man/bpolpo.1 | col -b | tr -s ' \t\n' '   ' | grep -o -e "‘[^’]*’ (or ‘^’ with --ascii) for one moved" -e "[^ ]* feature 'risk' moved from 3 to 5" -e "When there is no difference, diff prints ‘[^’]*’"
bpolpo diff three.yaml three-v2.yaml | grep -F "moved from"
bpolpo diff three.yaml three.yaml
