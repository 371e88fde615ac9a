bpolpo --data three.yaml faq
