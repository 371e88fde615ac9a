bpolpo --data ../errors/ids.yaml faq
