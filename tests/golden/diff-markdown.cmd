# diff --markdown: a release note.
bpolpo diff three.yaml three-v2.yaml --markdown; echo "exit $?"
bpolpo diff three.yaml three.yaml --markdown
