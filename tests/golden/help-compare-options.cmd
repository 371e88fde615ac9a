bpolpo help compare
