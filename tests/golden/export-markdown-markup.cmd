bpolpo --data markup.yaml export --markdown
