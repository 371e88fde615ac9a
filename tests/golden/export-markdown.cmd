bpolpo export --markdown
