bpolpo sources --ids
