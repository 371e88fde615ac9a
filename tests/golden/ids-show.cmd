bpolpo --ids show
