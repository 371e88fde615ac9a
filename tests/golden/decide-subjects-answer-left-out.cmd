bpolpo decide --subjects lpo --yes lpo.1 --no bpo.2
