FORCE_COLOR=1 bpolpo --markdown faq
