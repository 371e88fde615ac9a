bpolpo completion tcsh
