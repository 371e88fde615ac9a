bpolpo faq --format csv
