bpolpo --data - faq < three.yaml
