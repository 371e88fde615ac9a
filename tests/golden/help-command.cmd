bpolpo help faq
