bpolpo --data bad/ids.yaml faq
