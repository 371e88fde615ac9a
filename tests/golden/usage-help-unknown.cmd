bpolpo help nothing
