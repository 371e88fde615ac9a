bpolpo verdict
