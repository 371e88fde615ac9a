bpolpo --data three.yaml search caffeine
