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

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_shell.h"
#include "base/bp_suggest.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "query/bp_decide.h"
#include "query/bp_search.h"
#include "render/bp_render.h"

#ifndef BP_VERSION
#define BP_VERSION	"0"
#endif

/* Data text is made visible and escaped this many bytes at a time. */
#define PIECE	4096

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
    "mark{background:#fff3a3;color:#1b1b1f}\n"
    "code{font-family:ui-monospace,monospace;font-size:.9em;"
    "overflow-wrap:anywhere}\n"
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

/*
 * An id attribute's value or a link's fragment: PREFIX-ID.  Ids are
 * [a-z0-9-] once validated; escaped all the same, since the tests and
 * the fuzzer render documents that were not.
 */
static void
h_id(struct bp_buf *out, const char *prefix, const char *id)
{
	bp_buf_puts(out, prefix);
	if (id != NULL) {
		bp_buf_putc(out, '-');
		esc(out, id, strlen(id));
	}
}

/*
 * Data text: hidden characters made visible, then escaped, a piece at a
 * time: a visible copy of a whole text would cost several times its
 * size, while out goes to its sink as it fills.
 */
static void
h_text(struct bp_buf *out, const char *s, size_t len)
{
	struct bp_buf	 safe = BP_BUF_INIT;
	size_t		 n;

	if (s == NULL || len == 0)
		return;
	for (; len > 0; s += n, len -= n) {
		n = bp_utf8_piece(s, len, PIECE);
		safe.len = 0;
		bp_text_safe(&safe, s, n);
		esc(out, safe.data, safe.len);
	}
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

/* A command's page: the header, then its <main>; page_close() ends both. */
static void
page_open(struct bp_buf *out, const struct bp_doc *d)
{
	page_begin(out, d);
	bp_buf_puts(out, "<main>\n");
}

static void
page_close(struct bp_buf *out)
{
	bp_buf_puts(out, "</main>\n");
	page_end(out);
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
	bp_buf_puts(out, "<section id=\"");
	h_id(out, id, idsuffix);
	bp_buf_puts(out, "\">\n");
	h_elem(out, "h2", "", s, len);
}

/* ---- The parts. ---- */

static void
h_summary(struct bp_buf *out, const struct bp_doc *d)
{
	section_begin(out, bp_parts[BP_PART_VERDICT].anchor, NULL,
	    BP_PART_HEAD(BP_PART_VERDICT));
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
		section_begin(out, bp_parts[BP_PART_CHOOSE].item, s->id.s,
		    head.data, head.len);
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
		bp_buf_puts(out, "<tr id=\"");
		h_id(out, bp_parts[BP_PART_FEATURES].item, f->id.s);
		bp_buf_puts(out, "\"><th scope=\"row\">");
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
	section_begin(out, bp_parts[BP_PART_FEATURES].anchor, NULL,
	    BP_PART_HEAD(BP_PART_FEATURES));
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
		bp_buf_puts(out, "<a href=\"#");
		h_id(out, bp_parts[BP_PART_SOURCES].item, src->id.s);
		bp_buf_printf(out, "\">[%zu]</a>", bp_source_number(d, src));
	}
	if (n > 0)
		bp_buf_puts(out, "</p>\n");
}

/* One source: its title linked to its URL, the publisher, the URL shown. */
static void
h_source(struct bp_buf *out, const struct bp_source *src)
{
	int	 link = src->url.s != NULL && bp_url_problem(&src->url) == NULL;

	bp_buf_puts(out, "<li id=\"");
	h_id(out, bp_parts[BP_PART_SOURCES].item, src->id.s);
	bp_buf_puts(out, "\">");
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
	section_begin(out, bp_parts[BP_PART_SECTIONS].item, s->id.s,
	    s->title.s, s->title.len);
	h_prose(out, &s->body);
	h_citations(out, d, &s->sources);
	bp_buf_puts(out, "</section>\n");
}

/* A question: an anchored heading, so it prints and links. */
static void
h_question(struct bp_buf *out, const struct bp_doc *d, const struct bp_faq *f,
    int level)
{
	bp_buf_puts(out, "<article id=\"");
	h_id(out, bp_parts[BP_PART_FAQ].item, f->id.s);
	bp_buf_printf(out, "\">\n<h%d>", level);
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

	section_begin(out, bp_parts[BP_PART_FAQ].anchor, NULL,
	    BP_PART_HEAD(BP_PART_FAQ));
	for (i = 0; i < d->nfaqs; i++)
		h_question(out, d, &d->faqs[i], 3);
	bp_buf_puts(out, "</section>\n");
}

static void
h_sources(struct bp_buf *out, const struct bp_doc *d)
{
	section_begin(out, bp_parts[BP_PART_SOURCES].anchor, NULL,
	    BP_PART_HEAD(BP_PART_SOURCES));
	h_sources_list(out, d, 0, d->nsources);
	bp_buf_puts(out, "</section>\n");
}

/* The contents: a link to each part of the page. */
static void
toc(struct bp_buf *out, const char *id, const char *suffix, const char *s,
    size_t len)
{
	bp_buf_puts(out, "<li><a href=\"#");
	h_id(out, id, suffix);
	bp_buf_puts(out, "\">");
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
	int			 p;

	page_begin(out, d);
	bp_buf_puts(out, "<nav aria-labelledby=\"contents\">\n"
	    "<h2 id=\"contents\">Contents</h2>\n<ol>\n");
	for (p = 0; p < BP_PART__MAX; p++) {
		if (!bp_part_present(d, o, (enum bp_part)p))
			continue;
		if (bp_parts[p].heading != NULL)
			toc(out, bp_parts[p].anchor, NULL, BP_PART_HEAD(p));
		for (i = 0; p == BP_PART_CHOOSE && i < bp_cols_n(d, o); i++) {
			s = &d->subjects[bp_col(d, o, i)];
			if (choice(d, s) == NULL)
				continue;
			head.len = 0;
			bp_choose_label(&head, s);
			toc(out, bp_parts[p].item, s->id.s, head.data,
			    head.len);
		}
		for (i = 0; p == BP_PART_SECTIONS && i < d->nsections; i++)
			toc(out, bp_parts[p].item, d->sections[i].id.s,
			    d->sections[i].title.s, d->sections[i].title.len);
	}
	bp_buf_puts(out, "</ol>\n</nav>\n<main>\n");
	for (p = 0; p < BP_PART__MAX; p++) {
		if (!bp_part_present(d, o, (enum bp_part)p))
			continue;
		switch ((enum bp_part)p) {
		case BP_PART_VERDICT:
			h_summary(out, d);
			break;
		case BP_PART_CHOOSE:
			h_choose(out, d, o);
			break;
		case BP_PART_FEATURES:
			h_features(out, d, o);
			break;
		case BP_PART_SECTIONS:
			for (i = 0; i < d->nsections; i++)
				h_section(out, d, &d->sections[i]);
			break;
		case BP_PART_FAQ:
			h_faqs(out, d);
			break;
		case BP_PART_SOURCES:
			h_sources(out, d);
			break;
		case BP_PART__MAX:
			break;
		}
	}
	page_close(out);
	bp_buf_free(&head);
}

static void
html_overview(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o, const struct bp_cmdinfo *cmds, size_t ncmds)
{
	(void)o;
	(void)cmds;
	(void)ncmds;
	page_open(out, d);
	h_summary(out, d);
	page_close(out);
}

static void
html_compare(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	page_open(out, d);
	h_features(out, d, o);
	page_close(out);
}

static void
html_verdict(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	page_open(out, d);
	h_summary(out, d);
	h_choose(out, d, o);
	page_close(out);
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
			section_begin(out,
			    bp_parts[BP_PART_SOURCES].anchor, NULL,
			    BP_PART_HEAD(BP_PART_SOURCES));
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
	page_open(out, d);
	if (d->nfaqs > 0)
		h_faqs(out, d);
	else
		h_elem(out, "p", "", bp_parts[BP_PART_FAQ].none,
		    strlen(bp_parts[BP_PART_FAQ].none));
	if (d->nsources > 0)
		h_sources(out, d);
	page_close(out);
}

static void
html_faq(struct bp_buf *out, const struct bp_doc *d, const struct bp_faq *f,
    const struct bp_opts *o)
{
	(void)o;
	page_open(out, d);
	h_question(out, d, f, 2);
	h_cited(out, d, &f->sources);
	page_close(out);
}

static void
html_section_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	size_t	 i;

	(void)o;
	page_open(out, d);
	if (d->nsections == 0)
		h_elem(out, "p", "", bp_parts[BP_PART_SECTIONS].none,
		    strlen(bp_parts[BP_PART_SECTIONS].none));
	for (i = 0; i < d->nsections; i++)
		h_section(out, d, &d->sections[i]);
	if (d->nsources > 0)
		h_sources(out, d);
	page_close(out);
}

static void
html_section(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_section *s, const struct bp_opts *o)
{
	(void)o;
	page_open(out, d);
	h_section(out, d, s);
	h_cited(out, d, &s->sources);
	page_close(out);
}

static void
html_sources(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	(void)o;
	page_open(out, d);
	if (d->nsources > 0)
		h_sources(out, d);
	else
		h_elem(out, "p", "", bp_parts[BP_PART_SOURCES].none,
		    strlen(bp_parts[BP_PART_SOURCES].none));
	page_close(out);
}

static void
html_source(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_source *src, const struct bp_opts *o)
{
	(void)o;
	page_open(out, d);
	section_begin(out, bp_parts[BP_PART_SOURCES].anchor, NULL,
	    BP_PART_HEAD(BP_PART_SOURCES));
	h_sources_list(out, d, bp_source_number(d, src) - 1, 1);
	bp_buf_puts(out, "</section>\n");
	page_close(out);
}

/* ---- search and decide: results as pages. ---- */

/* A command bpolpo suggests, in a code element: ours, escaped. */
static void
h_code(struct bp_buf *out, const char *s, size_t len)
{
	bp_buf_puts(out, "<code>");
	h_text(out, s, len);
	bp_buf_puts(out, "</code>");
}

struct h_search {
	struct bp_buf		*out;
	const struct bp_opts	*o;
	struct bp_buf		 text;
	int			 open;		/* an item's <ul> is open */
};

/* One hit: under its item's heading, the field and the excerpt, marked. */
static void
h_hit(const struct bp_hit *h, void *arg)
{
	struct h_search	*m = arg;
	struct bp_buf	*out = m->out;
	struct bp_span	*spans;
	char		*snip;
	size_t		 k, n, at;

	if (h->first) {
		if (m->open)
			bp_buf_puts(out, "</ul>\n</li>\n");
		m->open = 1;
		m->text.len = 0;
		bp_hit_heading(&m->text, h);
		bp_buf_puts(out, "<li><strong>");
		h_text(out, m->text.data, m->text.len);
		bp_buf_puts(out, "</strong> ");
		m->text.len = 0;
		bp_hit_command(&m->text, h, m->o->data);
		h_code(out, m->text.data, m->text.len);
		bp_buf_puts(out, "\n<ul>\n");
	}
	m->text.len = 0;
	bp_hit_field(&m->text, h);
	bp_buf_puts(out, "<li>");
	h_text(out, m->text.data, m->text.len);
	bp_buf_puts(out, ": ");
	snip = bp_hit_snippet(h, 0, &spans, &n);
	for (at = 0, k = 0; k < n; k++) {
		h_text(out, snip + at, spans[k].start - at);
		bp_buf_puts(out, "<mark>");
		h_text(out, snip + spans[k].start,
		    spans[k].end - spans[k].start);
		bp_buf_puts(out, "</mark>");
		at = spans[k].end;
	}
	h_text(out, snip + at, strlen(snip) - at);
	bp_buf_puts(out, "</li>\n");
	free(snip);
	free(spans);
}

static void
html_search(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_query *q, const struct bp_opts *o)
{
	struct h_search	 m = { out, o, BP_BUF_INIT, 0 };

	page_open(out, d);
	section_begin(out, "search", NULL, LIT("Search"));
	bp_buf_puts(out, "<ul>\n");
	bp_search_hits(d, q, h_hit, &m);
	if (m.open)
		bp_buf_puts(out, "</ul>\n</li>\n");
	bp_buf_puts(out, "</ul>\n</section>\n");
	page_close(out);
	bp_buf_free(&m.text);
}

/* A question of decide: its id, its text, and the answer when given. */
static void
h_criterion(struct bp_buf *out, struct bp_buf *id,
    const struct bp_decision *dc, size_t i, const char *mark)
{
	const struct bp_text	*t = bp_question_text(dc, i);

	id->len = 0;
	bp_question_id(id, dc, i);
	bp_buf_puts(out, "<li>");
	if (mark != NULL)
		bp_buf_puts(out, mark);
	h_code(out, id->data, id->len);
	bp_buf_putc(out, ' ');
	if (t->s != NULL)
		h_t(out, t);
	bp_buf_puts(out, "</li>\n");
}

static void
html_questions(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_decision *dc, int form, const struct bp_opts *o)
{
	struct bp_buf	 id = BP_BUF_INIT;
	size_t		 i, n = bp_decision_n(dc);

	(void)form;
	(void)o;
	page_open(out, d);
	if (dc->by == BP_BY_FEATURES)
		section_begin(out, "questions", NULL, LIT("Features"));
	else
		section_begin(out, "questions", NULL, LIT("Criteria"));
	bp_buf_puts(out, "<ul>\n");
	for (i = 0; i < n; i++)
		h_criterion(out, &id, dc, i, NULL);
	bp_buf_puts(out, "</ul>\n</section>\n");
	page_close(out);
	bp_buf_free(&id);
}

static void
html_decide(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_decision *dc, const struct bp_opts *o)
{
	static const char *const marks[] = { "not answered: ",
	    "<strong>yes</strong>: ", "no: " };
	struct bp_buf	 line = BP_BUF_INIT, id = BP_BUF_INIT;
	size_t		 s, k, i, r;
	int		 open;

	page_open(out, d);
	bp_buf_puts(out, "<section id=\"lean\">\n<h2>");
	bp_decision_lean(&line, dc);
	h_text(out, line.data, line.len);
	bp_buf_puts(out, "</h2>\n");
	for (s = 0; s < d->nsubjects; s++) {
		line.len = 0;
		bp_decision_count(&line, dc, s);
		h_elem(out, "h3", "", line.data, line.len);
		open = 0;
		if (dc->by == BP_BY_FEATURES) {
			for (r = 0; r < d->nfeatures; r++)
				if (dc->picks[r] == BP_PICK_SUBJECT + s) {
					if (!open++)
						bp_buf_puts(out, "<ul>\n");
					h_criterion(out, &id, dc, r, NULL);
				}
		} else
			for (k = dc->crit.start[s]; k < dc->crit.start[s + 1];
			    k++) {
				if (!open++)
					bp_buf_puts(out, "<ul>\n");
				i = dc->crit.slot[k];
				h_criterion(out, &id, dc, i,
				    marks[dc->answers[i] <= BP_ANS_NO ?
				    dc->answers[i] : 0]);
			}
		if (open)
			bp_buf_puts(out, "</ul>\n");
	}
	/* By features, those picked for neither, as the text says them. */
	for (r = k = 0; dc->by == BP_BY_FEATURES && r < d->nfeatures; r++)
		k += dc->picks[r] == BP_PICK_EITHER;
	if (k > 0) {
		line.len = 0;
		bp_buf_printf(&line, "Either: %zu", k);
		h_elem(out, "h3", "", line.data, line.len);
		bp_buf_puts(out, "<ul>\n");
		for (r = 0; r < d->nfeatures; r++)
			if (dc->picks[r] == BP_PICK_EITHER)
				h_criterion(out, &id, dc, r, NULL);
		bp_buf_puts(out, "</ul>\n");
	}
	bp_buf_puts(out, "</section>\n");
	if (dc->tally.lean != BP_LEAN_NONE && d->nfeatures > 0 &&
	    dc->by == BP_BY_CRITERIA) {
		line.len = 0;
		bp_decision_rows_title(&line, dc);
		section_begin(out, "features", NULL, line.data, line.len);
		if (dc->nrows > 0)
			bp_buf_puts(out, "<ul>\n");
		for (k = 0; k < dc->nrows; k++) {
			r = dc->rows[k];
			bp_buf_puts(out, "<li>");
			h_code(out, d->features[r].id.s, d->features[r].id.len);
			bp_buf_putc(out, ' ');
			h_t(out, &d->features[r].label);
			bp_buf_puts(out, "</li>\n");
		}
		if (dc->nrows > 0)
			bp_buf_puts(out, "</ul>\n");
		bp_buf_puts(out, "</section>\n");
	}
	if (dc->read != NULL && dc->read->id.s != NULL) {
		line.len = 0;
		id.len = 0;
		bp_buf_puts(&id, "show ");
		bp_buf_putn(&id, dc->read->id.s, dc->read->id.len);
		bp_command(&line, o->data, id.data);
		bp_buf_puts(out, "<p>Read on: ");
		h_t(out, &dc->read->title);
		bp_buf_puts(out, " (");
		h_code(out, line.data, line.len);
		bp_buf_puts(out, ")</p>\n");
	}
	bp_buf_puts(out, "<p class=\"note\">");
	h_text(out, bp_decision_note(dc), strlen(bp_decision_note(dc)));
	bp_buf_puts(out, "</p>\n");
	page_close(out);
	bp_buf_free(&line);
	bp_buf_free(&id);
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
	.search = html_search,
	.decide = html_decide,
	.questions = html_questions,
	.export = html_export,
};
