bpolpo --data three.yaml compare --subjects zzz
