# A pipe, as bash's process substitution makes, is read as a file is;
# a device is refused with a hint.
bash -c 'bpolpo --data <(cat three.yaml) faq --ids=described'
bash -c 'bpolpo check <(cat three.yaml)' | sed 's|/dev/fd/[0-9]*|/dev/fd/N|'
cat three.yaml | bpolpo --data - sources --ids
cat three.yaml | bpolpo --data /dev/stdin sources --ids
bpolpo --data /dev/null faq 2>&1
echo "exit $?"
