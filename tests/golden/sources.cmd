bpolpo sources
