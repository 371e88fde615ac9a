/*
 * HTML: each command's document as one standalone page, and export's
 * whole comparison.  A page is one file: HTML5, its style inline, no
 * script and no request of any kind (no font, no image, no link to a
 * style sheet), so that it can be mailed, put on a wiki or opened from
 * a disk as it is.  It is published as the seed was: the table turns
 * into cards on a narrow screen, follows the reader's dark mode, and
 * prints without the contents.
 *
 * Safety: every piece of data text is made visible first (bp_text_safe:
 * no control, bidi or hidden character survives) and then escaped, so
 * nothing from a data file is ever markup.  The only links are bpolpo's
 * own anchors (ids are [a-z0-9-]) and source URLs that pass
 * bp_url_problem(), each with rel="noopener noreferrer".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_doc.h"
#include "bp_render.h"
#include "bp_text.h"

#ifndef BP_VERSION
#define BP_VERSION	"0"
#endif

/*
 * The style sheet.  System fonts, so nothing is fetched; colours as
 * custom properties, swapped for dark mode; below 40em the table's rows
 * become cards, each cell labelled by its column (data-label).
 */
static const char style[] =
    ":root{--fg:#1b1b1f;--bg:#fff;--muted:#555a63;--line:#d4d7dd;"
    "--head:#f2f4f7;--accent:#0b57d0;--edge:#0a6b2f}\n"
    "@media (prefers-color-scheme:dark){:root{--fg:#e6e7ea;--bg:#15171a;"
    "--muted:#a9aeb6;--line:#3a3f46;--head:#1f2329;--accent:#8ab4f8;"
    "--edge:#7fd49a}}\n"
    "*{box-sizing:border-box}\n"
    "html{color-scheme:light dark}\n"
    "body{margin:0 auto;max-width:60rem;padding:1rem 1.25rem 3rem;"
    "font:1rem/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,"
    "sans-serif;color:var(--fg);background:var(--bg)}\n"
    "h1{font-size:1.9rem;line-height:1.2;margin:.5rem 0}\n"
    "h2{font-size:1.35rem;margin:2rem 0 .5rem;padding-top:.25rem;"
    "border-top:1px solid var(--line)}\n"
    "h3{font-size:1.1rem;margin:1.5rem 0 .25rem}\n"
    "a{color:var(--accent)}\n"
    "p,li,td,th,h1,h2,h3{overflow-wrap:break-word}\n"
    ".updated,.note,.cites{color:var(--muted)}\n"
    "nav ol{padding-left:1.25rem}\n"
    "table{border-collapse:collapse;width:100%;margin:.5rem 0}\n"
    "caption{text-align:left;color:var(--muted);padding:.25rem 0}\n"
    "th,td{border:1px solid var(--line);padding:.4rem .6rem;"
    "text-align:left;vertical-align:top}\n"
    "thead th{background:var(--head)}\n"
    "tbody th{font-weight:600}\n"
    ".win{color:var(--edge);font-weight:700}\n"
    ".url{overflow-wrap:anywhere;word-break:break-word}\n"
    "@media (max-width:40em){\n"
    "table,thead,tbody,tr,th,td,caption{display:block;width:100%}\n"
    "thead tr{position:absolute;width:1px;height:1px;overflow:hidden;"
    "clip:rect(0 0 0 0);white-space:nowrap}\n"
    "tbody tr{border:1px solid var(--line);border-radius:.5rem;"
    "margin:0 0 .75rem;padding:.25rem .75rem}\n"
    "tbody th,tbody td{border:0;padding:.3rem 0}\n"
    "tbody th{font-size:1.05rem;border-bottom:1px solid var(--line)}\n"
    "tbody td::before{content:attr(data-label);display:block;"
    "font-size:.8rem;font-weight:600;color:var(--muted)}\n"
    "}\n"
    "@media print{nav{display:none}body{max-width:none;color:#000;"
    "background:#fff}a{color:#000}h2{break-after:avoid}"
    "tr,li{break-inside:avoid}"
    ".url::before{content:\"\"}}\n";

/* Text escaped for HTML: ours, known to hold no hidden character. */
static void
esc(struct bp_buf *out, const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		switch (s[i]) {
		case '&':
			bp_buf_puts(out, "&amp;");
			break;
		case '<':
			bp_buf_puts(out, "&lt;");
			break;
		case '>':
			bp_buf_puts(out, "&gt;");
			break;
		case '"':
			bp_buf_puts(out, "&quot;");
			break;
		case '\'':
			bp_buf_puts(out, "&#39;");
			break;
		default:
			bp_buf_putc(out, s[i]);
		}
}

/* Data text: hidden characters made visible, then escaped. */
static void
h_text(struct bp_buf *out, const char *s, size_t len)
{
	struct bp_buf	 safe = BP_BUF_INIT;

	if (s == NULL || len == 0)
		return;
	bp_text_safe(&safe, s, len);
	esc(out, safe.data, safe.len);
	bp_buf_free(&safe);
}

static void
h_t(struct bp_buf *out, const struct bp_text *t)
{
	h_text(out, t->s, t->len);
}

/* An element around data text: <tag>text</tag>. */
static void
h_elem(struct bp_buf *out, const char *tag, const char *attrs,
    const char *s, size_t len)
{
	bp_buf_printf(out, "<%s%s>", tag, attrs);
	h_text(out, s, len);
	bp_buf_printf(out, "</%s>\n", tag);
}

/* ---- The page around a document. ---- */

static void
page_begin(struct bp_buf *out, const struct bp_doc *d)
{
	bp_buf_puts(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"bpolpo " BP_VERSION "\">\n"
	    "<title>");
	h_t(out, &d->title);
	bp_buf_puts(out, "</title>\n<style>\n");
	bp_buf_puts(out, style);
	bp_buf_puts(out, "</style>\n</head>\n<body>\n<header>\n");
	h_elem(out, "h1", "", d->title.s, d->title.len);
	if (d->updated.s != NULL) {
		bp_buf_puts(out, "<p class=\"updated\">Last updated: "
		    "<time datetime=\"");
		h_t(out, &d->updated);
		bp_buf_puts(out, "\">");
		h_t(out, &d->updated);
		bp_buf_puts(out, "</time></p>\n");
	}
	bp_buf_puts(out, "</header>\n");
}

static void
page_end(struct bp_buf *out)
{
	bp_buf_puts(out, "<footer>\n<p class=\"note\">Made with bpolpo "
	    BP_VERSION ".</p>\n</footer>\n</body>\n</html>\n");
}

/* Prose: a <p> per paragraph, a list for consecutive items. */
struct prose {
	struct bp_buf	*out;
	int		 item;	/* inside a <ul> */
};

static void
para(enum bp_block kind, int first, const char *s, size_t len, void *arg)
{
	struct prose	*p = arg;

	(void)first;
	if (kind == BP_BLOCK_ITEM && !p->item)
		bp_buf_puts(p->out, "<ul>\n");
	else if (kind != BP_BLOCK_ITEM && p->item)
		bp_buf_puts(p->out, "</ul>\n");
	p->item = kind == BP_BLOCK_ITEM;
	h_elem(p->out, p->item ? "li" : "p", "", s, len);
}

static void
h_prose(struct bp_buf *out, const struct bp_text *t)
{
	struct prose	 p = { out, 0 };

	if (t->s == NULL)
		return;
	bp_text_paragraphs(t->s, t->len, para, &p);
	if (p.item)
		bp_buf_puts(out, "</ul>\n");
}

/* A section of the page: <section id><h2>heading</h2>. */
static void
section_begin(struct bp_buf *out, const char *id, const char *idsuffix,
    const char *s, size_t len)
{
	bp_buf_printf(out, "<section id=\"%s%s%s\">\n", id,
	    idsuffix != NULL ? "-" : "", idsuffix != NULL ? idsuffix : "");
	h_elem(out, "h2", "", s, len);
}

/* ---- The parts. ---- */

static void
h_summary(struct bp_buf *out, const struct bp_doc *d)
{
	section_begin(out, "quick-verdict", NULL, LIT("Quick verdict"));
	h_prose(out, &d->summary);
	bp_buf_puts(out, "</section>\n");
}

/* Whether subject s has a choose list with something in it. */
static const struct bp_choice *
choice(const struct bp_doc *d, const struct bp_subject *s)
{
	const struct bp_choice	*c = bp_choice_for(d, s->id.s);

	return c != NULL && c->items.n > 0 ? c : NULL;
}

static void
h_choose(struct bp_buf *out, const struct bp_doc *d, const struct bp_opts *o)
{
	const struct bp_subject	*s;
	const struct bp_choice	*c;
	struct bp_buf		 head = BP_BUF_INIT;
	size_t			 i, k;

	for (i = 0; i < bp_cols_n(d, o); i++) {
		s = &d->subjects[bp_col(d, o, i)];
		if ((c = choice(d, s)) == NULL)
			continue;
		head.len = 0;
		bp_choose_label(&head, s);
		section_begin(out, "choose", s->id.s, head.data, head.len);
		bp_buf_puts(out, "<ul>\n");
		for (k = 0; k < c->items.n; k++)
			h_elem(out, "li", "", c->items.v[k].s,
			    c->items.v[k].len);
		bp_buf_puts(out, "</ul>\n</section>\n");
	}
	bp_buf_free(&head);
}

/* The feature table: a caption, column and row headers with scope. */
static void
h_table(struct bp_buf *out, const struct bp_doc *d, const struct bp_opts *o)
{
	const struct bp_feature	*f;
	const struct bp_subject	*s;
	const struct bp_value	*v;
	const struct bp_value	**values;
	struct bp_by_subject	 by;
	struct bp_buf		 e = BP_BUF_INIT, label = BP_BUF_INIT;
	size_t			 r, c, n = bp_rows_n(d, o);
	int			 edges = 0;

	for (r = 0; r < n; r++)
		if (bp_has_edge(bp_row(d, o, r)))
			edges = 1;
	bp_buf_puts(out, "<table>\n<caption>");
	for (c = 0; c < bp_cols_n(d, o); c++) {
		s = &d->subjects[bp_col(d, o, c)];
		if (c > 0)
			bp_buf_puts(out, c + 1 < bp_cols_n(d, o) ? ", " :
			    " and ");
		h_t(out, &s->name);
	}
	bp_buf_puts(out, ", feature by feature</caption>\n<thead>\n<tr>"
	    "<th scope=\"col\">Feature</th>");
	for (c = 0; c < bp_cols_n(d, o); c++) {
		s = &d->subjects[bp_col(d, o, c)];
		bp_buf_puts(out, "<th scope=\"col\">");
		h_t(out, &s->shortname);
		bp_buf_puts(out, "</th>");
	}
	if (edges)
		bp_buf_puts(out, "<th scope=\"col\">Edge</th>");
	bp_buf_puts(out, "</tr>\n</thead>\n<tbody>\n");
	bp_by_subject_init(&by, d);
	values = bp_calloc(d->nsubjects + 1, sizeof(*values));
	for (r = 0; r < n; r++) {
		f = bp_row(d, o, r);
		bp_buf_printf(out, "<tr id=\"feature-%s\"><th scope=\"row\">",
		    f->id.s);
		h_t(out, &f->label);
		bp_buf_puts(out, "</th>");
		bp_by_subject(&by, f, values);
		for (c = 0; c < bp_cols_n(d, o); c++) {
			s = &d->subjects[bp_col(d, o, c)];
			v = values[bp_col(d, o, c)];
			label.len = 0;
			h_t(&label, &s->shortname);
			bp_buf_printf(out, "<td data-label=\"%s\">",
			    label.data != NULL ? label.data : "");
			if (v != NULL)
				h_t(out, &v->text);
			bp_buf_puts(out, "</td>");
		}
		if (edges) {
			e.len = 0;
			bp_buf_puts(out, "<td data-label=\"Edge\"");
			if (bp_edge_label(&e, d, f) && bp_edge_wins(f))
				bp_buf_puts(out, " class=\"win\"");
			bp_buf_putc(out, '>');
			h_text(out, e.data, e.len);
			bp_buf_puts(out, "</td>");
		}
		bp_buf_puts(out, "</tr>\n");
	}
	bp_buf_puts(out, "</tbody>\n</table>\n");
	free(values);
	bp_buf_free(&e);
	bp_buf_free(&label);
	bp_by_subject_free(&by);
}

static void
h_features(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	section_begin(out, "features", NULL, LIT("Features"));
	h_table(out, d, o);
	bp_buf_puts(out, "</section>\n");
}

/* "Sources: [1], [3]", each a link to its entry in the list. */
static void
h_citations(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_texts *refs)
{
	const struct bp_source	*src;
	size_t			 i, n = 0;

	for (i = 0; i < refs->n; i++) {
		if ((src = bp_source_by_id(d, refs->v[i].s)) == NULL)
			continue;
		bp_buf_puts(out, n++ == 0 ? "<p class=\"cites\">Sources: " :
		    ", ");
		bp_buf_printf(out, "<a href=\"#source-%s\">[%zu]</a>",
		    src->id.s, bp_source_number(d, src));
	}
	if (n > 0)
		bp_buf_puts(out, "</p>\n");
}

/* One source: its title linked to its URL, the publisher, the URL shown. */
static void
h_source(struct bp_buf *out, const struct bp_source *src)
{
	int	 link = src->url.s != NULL && bp_url_problem(&src->url) == NULL;

	bp_buf_printf(out, "<li id=\"source-%s\">", src->id.s);
	if (link) {
		bp_buf_puts(out, "<a href=\"");
		esc(out, src->url.s, src->url.len);
		bp_buf_puts(out, "\" rel=\"noopener noreferrer\">");
	}
	h_t(out, &src->title);
	if (link)
		bp_buf_puts(out, "</a>");
	if (src->publisher.s != NULL) {
		bp_buf_puts(out, ", ");
		h_t(out, &src->publisher);
	}
	if (src->url.s != NULL) {
		bp_buf_puts(out, "<br><span class=\"url\">");
		h_t(out, &src->url);
		bp_buf_puts(out, "</span>");
	}
	bp_buf_puts(out, "</li>\n");
}

/* The sources, numbered as every command numbers them. */
static void
h_sources_list(struct bp_buf *out, const struct bp_doc *d, size_t from,
    size_t n)
{
	size_t	 i;

	bp_buf_printf(out, "<ol start=\"%zu\">\n", from + 1);
	for (i = from; i < from + n; i++)
		h_source(out, &d->sources[i]);
	bp_buf_puts(out, "</ol>\n");
}

static void
h_section(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_section *s)
{
	section_begin(out, "section", s->id.s, s->title.s, s->title.len);
	h_prose(out, &s->body);
	h_citations(out, d, &s->sources);
	bp_buf_puts(out, "</section>\n");
}

/* A question: an anchored heading, so it prints and links. */
static void
h_question(struct bp_buf *out, const struct bp_doc *d, const struct bp_faq *f,
    int level)
{
	bp_buf_printf(out, "<article id=\"faq-%s\">\n<h%d>", f->id.s, level);
	h_t(out, &f->question);
	bp_buf_printf(out, "</h%d>\n", level);
	h_prose(out, &f->answer);
	h_citations(out, d, &f->sources);
	bp_buf_puts(out, "</article>\n");
}

static void
h_faqs(struct bp_buf *out, const struct bp_doc *d)
{
	size_t	 i;

	section_begin(out, "faq", NULL, LIT("Frequently asked questions"));
	for (i = 0; i < d->nfaqs; i++)
		h_question(out, d, &d->faqs[i], 3);
	bp_buf_puts(out, "</section>\n");
}

static void
h_sources(struct bp_buf *out, const struct bp_doc *d)
{
	section_begin(out, "sources", NULL, LIT("Sources"));
	h_sources_list(out, d, 0, d->nsources);
	bp_buf_puts(out, "</section>\n");
}

/* The contents: a link to each part of the page. */
static void
toc(struct bp_buf *out, const char *id, const char *suffix, const char *s,
    size_t len)
{
	bp_buf_printf(out, "<li><a href=\"#%s%s%s\">", id,
	    suffix != NULL ? "-" : "", suffix != NULL ? suffix : "");
	h_text(out, s, len);
	bp_buf_puts(out, "</a></li>\n");
}

/* ---- The renderer's functions. ---- */

static void
html_export(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	const struct bp_subject	*s;
	struct bp_buf		 head = BP_BUF_INIT;
	size_t			 i;

	page_begin(out, d);
	bp_buf_puts(out, "<nav aria-labelledby=\"contents\">\n"
	    "<h2 id=\"contents\">Contents</h2>\n<ol>\n");
	toc(out, "quick-verdict", NULL, LIT("Quick verdict"));
	for (i = 0; i < bp_cols_n(d, o); i++) {
		s = &d->subjects[bp_col(d, o, i)];
		if (choice(d, s) == NULL)
			continue;
		head.len = 0;
		bp_choose_label(&head, s);
		toc(out, "choose", s->id.s, head.data, head.len);
	}
	if (d->nfeatures > 0)
		toc(out, "features", NULL, LIT("Features"));
	for (i = 0; i < d->nsections; i++)
		toc(out, "section", d->sections[i].id.s,
		    d->sections[i].title.s, d->sections[i].title.len);
	if (d->nfaqs > 0)
		toc(out, "faq", NULL, LIT("Frequently asked questions"));
	if (d->nsources > 0)
		toc(out, "sources", NULL, LIT("Sources"));
	bp_buf_puts(out, "</ol>\n</nav>\n<main>\n");
	h_summary(out, d);
	h_choose(out, d, o);
	if (d->nfeatures > 0)
		h_features(out, d, o);
	for (i = 0; i < d->nsections; i++)
		h_section(out, d, &d->sections[i]);
	if (d->nfaqs > 0)
		h_faqs(out, d);
	if (d->nsources > 0)
		h_sources(out, d);
	bp_buf_puts(out, "</main>\n");
	page_end(out);
	bp_buf_free(&head);
}

static void
html_overview(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o, const struct bp_cmdinfo *cmds, size_t ncmds)
{
	(void)o;
	(void)cmds;
	(void)ncmds;
	page_begin(out, d);
	bp_buf_puts(out, "<main>\n");
	h_summary(out, d);
	bp_buf_puts(out, "</main>\n");
	page_end(out);
}

static void
html_compare(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	page_begin(out, d);
	bp_buf_puts(out, "<main>\n");
	h_features(out, d, o);
	bp_buf_puts(out, "</main>\n");
	page_end(out);
}

static void
html_verdict(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	page_begin(out, d);
	bp_buf_puts(out, "<main>\n");
	h_summary(out, d);
	h_choose(out, d, o);
	bp_buf_puts(out, "</main>\n");
	page_end(out);
}

/* The sources an item cites, numbered as the whole list numbers them. */
static void
h_cited(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_texts *refs)
{
	const struct bp_source	*src;
	size_t			 i, n = 0;

	for (i = 0; i < refs->n; i++) {
		if ((src = bp_source_by_id(d, refs->v[i].s)) == NULL)
			continue;
		if (n++ == 0)
			section_begin(out, "sources", NULL, LIT("Sources"));
		h_sources_list(out, d, bp_source_number(d, src) - 1, 1);
	}
	if (n > 0)
		bp_buf_puts(out, "</section>\n");
}

static void
html_faq_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	(void)o;
	page_begin(out, d);
	bp_buf_puts(out, "<main>\n");
	if (d->nfaqs > 0)
		h_faqs(out, d);
	else
		bp_buf_puts(out, "<p>No questions in this comparison.</p>\n");
	if (d->nsources > 0)
		h_sources(out, d);
	bp_buf_puts(out, "</main>\n");
	page_end(out);
}

static void
html_faq(struct bp_buf *out, const struct bp_doc *d, const struct bp_faq *f,
    const struct bp_opts *o)
{
	(void)o;
	page_begin(out, d);
	bp_buf_puts(out, "<main>\n");
	h_question(out, d, f, 2);
	h_cited(out, d, &f->sources);
	bp_buf_puts(out, "</main>\n");
	page_end(out);
}

static void
html_section_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	size_t	 i;

	(void)o;
	page_begin(out, d);
	bp_buf_puts(out, "<main>\n");
	if (d->nsections == 0)
		bp_buf_puts(out, "<p>No sections in this comparison.</p>\n");
	for (i = 0; i < d->nsections; i++)
		h_section(out, d, &d->sections[i]);
	if (d->nsources > 0)
		h_sources(out, d);
	bp_buf_puts(out, "</main>\n");
	page_end(out);
}

static void
html_section(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_section *s, const struct bp_opts *o)
{
	(void)o;
	page_begin(out, d);
	bp_buf_puts(out, "<main>\n");
	h_section(out, d, s);
	h_cited(out, d, &s->sources);
	bp_buf_puts(out, "</main>\n");
	page_end(out);
}

static void
html_sources(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	(void)o;
	page_begin(out, d);
	bp_buf_puts(out, "<main>\n");
	if (d->nsources > 0)
		h_sources(out, d);
	else
		bp_buf_puts(out, "<p>No sources in this comparison.</p>\n");
	bp_buf_puts(out, "</main>\n");
	page_end(out);
}

static void
html_source(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_source *src, const struct bp_opts *o)
{
	(void)o;
	page_begin(out, d);
	bp_buf_puts(out, "<main>\n");
	section_begin(out, "sources", NULL, LIT("Sources"));
	h_sources_list(out, d, bp_source_number(d, src) - 1, 1);
	bp_buf_puts(out, "</section>\n</main>\n");
	page_end(out);
}

const struct bp_renderer bp_html_renderer = {
	.overview = html_overview,
	.compare = html_compare,
	.verdict = html_verdict,
	.faq_list = html_faq_list,
	.faq = html_faq,
	.section_list = html_section_list,
	.section = html_section,
	.sources = html_sources,
	.source = html_source,
	.export = html_export,
};
