CLICOLOR_FORCE=1 bpolpo faq
