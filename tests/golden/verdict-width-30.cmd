bpolpo verdict -w 30
