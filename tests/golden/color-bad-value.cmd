bpolpo --color=sometimes faq
