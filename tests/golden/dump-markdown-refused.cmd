bpolpo dump --markdown
