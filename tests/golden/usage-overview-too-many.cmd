bpolpo overview extra
