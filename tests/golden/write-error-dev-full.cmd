bpolpo compare > /dev/full
