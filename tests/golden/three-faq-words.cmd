bpolpo --data three.yaml faq keeps awake
