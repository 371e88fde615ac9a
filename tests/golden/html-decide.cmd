bpolpo decide --yes lpo.1,lpo.3 --no bpo.2 --format html
