bpolpo completion
