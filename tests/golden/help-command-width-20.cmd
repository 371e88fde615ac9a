bpolpo help faq --width 20
