bpolpo --format markdown faq 3
