# init writes a commented starter that uses every key and passes check;
# it never overwrites a file unless --force, and '-' or no FILE is stdout.
cd "$TMPDIR"
bpolpo init mine.yaml; echo "exit $?"
bpolpo check mine.yaml
bpolpo --data mine.yaml compare -w 60
echo changed > mine.yaml
bpolpo init mine.yaml; echo "exit $?"
cat mine.yaml
bpolpo init --force mine.yaml; echo "exit $?"
bpolpo init | cmp - mine.yaml && echo "stdout: the same file"
bpolpo init - | cmp - mine.yaml && echo "'-': the same file"
(bpolpo init "$TMPDIR/no such dir/x.yaml" 2>&1; echo "exit $?") | sed "s|$TMPDIR/||"
bpolpo --force compare 2>&1 | head -n 1
# --force keeps the file's mode and replaces what a link names.
chmod 600 mine.yaml && ln -s mine.yaml link.yaml
bpolpo init --force link.yaml >/dev/null && ls -l mine.yaml link.yaml | cut -c1-10
