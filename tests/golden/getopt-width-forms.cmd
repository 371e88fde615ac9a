# getopt_long's four ways to give a value, all the same.
for a in -w40 "-w 40" --width=40 "--width 40"; do
	bpolpo $a help completion | cksum
done
bpolpo -w40 help completion
