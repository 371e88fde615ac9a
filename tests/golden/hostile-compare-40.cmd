bpolpo --data hostile.yaml compare -w 40
