bpolpo --color=always faq
