bpolpo search upl
