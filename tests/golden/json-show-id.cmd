bpolpo show --json fit
