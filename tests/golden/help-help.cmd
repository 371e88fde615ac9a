bpolpo help
