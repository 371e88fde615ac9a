# A letter with a mark of its own width crashed the table (issue 11).
bpolpo --data hostile.yaml compare -w 110
