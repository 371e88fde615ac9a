# In JSON, hidden characters are \u escapes, never raw.
bpolpo --data hostile.yaml compare --json --compact
