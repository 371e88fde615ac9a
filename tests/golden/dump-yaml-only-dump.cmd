# YAML is the data format: only dump prints it.
bpolpo compare --format yaml
