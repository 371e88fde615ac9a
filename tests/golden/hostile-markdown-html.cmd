# Markdown that no renderer can turn into raw HTML, a tag or a link but
# http(s): through cmark-gfm with every extension and raw HTML allowed.
for c in "" compare verdict "faq q" sources "search a"; do
	bpolpo --data hostile.yaml $c --markdown
done | cmark-gfm --unsafe -e table -e strikethrough -e autolink -e tagfilter \
    -e tasklist -e footnotes
