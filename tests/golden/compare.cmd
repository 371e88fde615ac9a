bpolpo compare
