bpolpo
