bpolpo dump
