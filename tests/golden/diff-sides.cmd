# Either side may be '-' (standard input, one side only) or 'builtin'.
bpolpo diff - three.yaml < three.yaml; echo "exit $?"
bpolpo dump --format yaml | bpolpo diff builtin -; echo "exit $?"
bpolpo init | bpolpo diff - three.yaml | head -n 4
bpolpo diff - - < three.yaml; echo "exit $?"
