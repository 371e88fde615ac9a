bpolpo verdict --ids=described
