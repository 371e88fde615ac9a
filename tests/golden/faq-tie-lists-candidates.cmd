bpolpo faq BPO
