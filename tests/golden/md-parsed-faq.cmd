bpolpo --markdown faq upl | cmark-gfm -e table
