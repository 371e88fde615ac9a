# A criterion that exists, of a subject --subjects leaves out: said so,
# not "no criterion"; one that exists nowhere is still unknown.
bpolpo --data three.yaml decide --subjects tea --yes cocoa.1; echo "exit $?"
bpolpo --data three.yaml decide --subjects tea --yes cocoa.2; echo "exit $?"
