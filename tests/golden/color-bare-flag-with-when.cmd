bpolpo --color never faq
