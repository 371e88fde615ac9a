bpolpo --markdown faq upl
