bpolpo faq unauthorised | head -n 1
bpolpo show --ids 'what is lpo'
