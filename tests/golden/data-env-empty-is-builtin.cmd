BPOLPO_DATA= bpolpo sources
