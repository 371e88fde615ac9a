/usr/bin/python3 -c "print(\"x: \" + \"[\" * 100000 + \"]\" * 100000)" > "$TMPDIR/deep.yaml"; bpolpo check "$TMPDIR/deep.yaml" 2>&1 | sed "s|$TMPDIR/||"
