# With --width (or on a terminal) messages wrap, further lines indented;
# piped without --width each stays one line, for editors and grep.
bpolpo check -w 40 ../errors/unknown-ref-many-ids.yaml 2>&1
bpolpo check ../errors/unknown-ref-many-ids.yaml 2>&1 | wc -l
bpolpo check -w 20 ../errors/date-words.yaml
