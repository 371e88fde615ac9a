FORCE_COLOR=1 bpolpo show
