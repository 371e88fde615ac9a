bpolpo sources -w 30
