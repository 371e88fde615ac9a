bpolpo --markdown faq
