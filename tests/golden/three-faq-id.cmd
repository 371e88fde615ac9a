bpolpo --data three.yaml faq sleep
