bpolpo search "attorney supervision"
