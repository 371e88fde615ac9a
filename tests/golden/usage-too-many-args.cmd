bpolpo compare extra
