bpolpo --json --compact faq 9
