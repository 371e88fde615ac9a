# Long texts hold paragraphs and "- " lists: text shows bullets with a
# hanging indent, Markdown a list; JSON keeps the text as written.
bpolpo --data shared.yaml verdict -w 44
bpolpo --data shared.yaml show brewing -w 44
bpolpo --data shared.yaml faq kids --ascii -w 30
bpolpo --data shared.yaml verdict --markdown
bpolpo --data shared.yaml show brewing --markdown
bpolpo --data shared.yaml faq kids --json --compact | jq -r ".faq[0].answer"
