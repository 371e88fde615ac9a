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
#include "model/bp_validate.h"
#include "query/bp_decide.h"
#include "query/bp_search.h"
#include "render/bp_html.h"
#include "render/bp_render.h"
#include "render/bp_walk.h"

/* ---- The parts. ---- */

/* A part with a heading of its own is a section; the sources a list in it. */
static void
h_open(struct bp_buf *out, enum bp_part p)
{
	bp_html_section(out, bp_parts[p].anchor, NULL, BP_PART_HEAD(p));
	if (p == BP_PART_SOURCES)
		bp_buf_puts(out, "<ol start=\"1\">\n");
}

static void
h_close(struct bp_buf *out, enum bp_part p)
{
	if (p == BP_PART_SOURCES)
		bp_buf_puts(out, "</ol>\n");
	bp_buf_puts(out, "</section>\n");
}

/* What a list command says when the part is empty: "No questions ...". */
static void
h_none(struct bp_buf *out, enum bp_part p)
{
	bp_html_elem(out, "p", "", bp_parts[p].none, strlen(bp_parts[p].none));
}

static void
h_summary(struct bp_buf *out, const struct bp_doc *d)
{
	h_open(out, BP_PART_VERDICT);
	bp_html_prose(out, &d->summary);
	h_close(out, BP_PART_VERDICT);
}

static void
h_choose_list(void *arg, const struct bp_subject *s, const char *label,
    size_t len)
{
	struct bp_buf	*out = ((struct bp_page *)arg)->out;

	bp_html_section(out, bp_parts[BP_PART_CHOOSE].item, s->id.s, label,
	    len);
	bp_buf_puts(out, "<ul>\n");
}

static void
h_choose_item(void *arg, const struct bp_text *t)
{
	bp_html_elem(((struct bp_page *)arg)->out, "li", "", t->s, t->len);
}

static void
h_choose_end(void *arg)
{
	bp_buf_puts(((struct bp_page *)arg)->out, "</ul>\n</section>\n");
}

static const struct bp_choose_ops h_choose = { h_choose_list, h_choose_item,
    h_choose_end };

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
		bp_html_t(out, &s->name);
	}
	bp_buf_puts(out, ", feature by feature</caption>\n<thead>\n<tr>"
	    "<th scope=\"col\">Feature</th>");
	for (c = 0; c < bp_cols_n(d, o); c++) {
		s = &d->subjects[bp_col(d, o, c)];
		bp_buf_puts(out, "<th scope=\"col\">");
		bp_html_t(out, &s->shortname);
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
		bp_html_id(out, bp_parts[BP_PART_FEATURES].item, f->id.s);
		bp_buf_puts(out, "\"><th scope=\"row\">");
		bp_html_t(out, &f->label);
		bp_buf_puts(out, "</th>");
		bp_by_subject(&by, f, values);
		for (c = 0; c < bp_cols_n(d, o); c++) {
			s = &d->subjects[bp_col(d, o, c)];
			v = values[bp_col(d, o, c)];
			label.len = 0;
			bp_html_t(&label, &s->shortname);
			bp_buf_printf(out, "<td data-label=\"%s\">",
			    label.data != NULL ? label.data : "");
			if (v != NULL)
				bp_html_t(out, &v->text);
			bp_buf_puts(out, "</td>");
		}
		if (edges) {
			e.len = 0;
			bp_buf_puts(out, "<td data-label=\"Edge\"");
			if (bp_edge_label(&e, d, f) && bp_edge_wins(f))
				bp_buf_puts(out, " class=\"win\"");
			bp_buf_putc(out, '>');
			bp_html_text(out, e.data, e.len);
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
	h_open(out, BP_PART_FEATURES);
	h_table(out, d, o);
	h_close(out, BP_PART_FEATURES);
}

/* "Sources: [1], [3]", each a link to its entry in the list. */
static void
h_citations(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_texts *refs)
{
	const struct bp_source	*src;
	size_t			 i, n = 0;

	for (i = 0; (src = bp_cited_next(d, refs, &i)) != NULL;) {
		bp_buf_puts(out, n++ == 0 ? "<p class=\"cites\">Sources: " :
		    ", ");
		bp_buf_puts(out, "<a href=\"#");
		bp_html_id(out, bp_parts[BP_PART_SOURCES].item, src->id.s);
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
	bp_html_id(out, bp_parts[BP_PART_SOURCES].item, src->id.s);
	bp_buf_puts(out, "\">");
	if (link) {
		bp_buf_puts(out, "<a href=\"");
		bp_html_esc(out, src->url.s, src->url.len);
		bp_buf_puts(out, "\" rel=\"noopener noreferrer\">");
	}
	bp_html_t(out, &src->title);
	if (link)
		bp_buf_puts(out, "</a>");
	if (src->publisher.s != NULL) {
		bp_buf_puts(out, ", ");
		bp_html_t(out, &src->publisher);
	}
	if (src->url.s != NULL) {
		bp_buf_puts(out, "<br><span class=\"url\">");
		bp_html_t(out, &src->url);
		bp_buf_puts(out, "</span>");
	}
	bp_buf_puts(out, "</li>\n");
}

/* One source alone, numbered as the whole list numbers it. */
static void
h_source_alone(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_source *src)
{
	bp_buf_printf(out, "<ol start=\"%zu\">\n", bp_source_number(d, src));
	h_source(out, src);
	bp_buf_puts(out, "</ol>\n");
}

static void
h_section(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_section *s)
{
	bp_html_section(out, bp_parts[BP_PART_SECTIONS].item, s->id.s,
	    s->title.s, s->title.len);
	bp_html_prose(out, &s->body);
	h_citations(out, d, &s->sources);
	bp_buf_puts(out, "</section>\n");
}

/* A question: an anchored heading, so it prints and links. */
static void
h_question(struct bp_buf *out, const struct bp_doc *d, const struct bp_faq *f,
    int level)
{
	bp_buf_puts(out, "<article id=\"");
	bp_html_id(out, bp_parts[BP_PART_FAQ].item, f->id.s);
	bp_buf_printf(out, "\">\n<h%d>", level);
	bp_html_t(out, &f->question);
	bp_buf_printf(out, "</h%d>\n", level);
	bp_html_prose(out, &f->answer);
	h_citations(out, d, &f->sources);
	bp_buf_puts(out, "</article>\n");
}

static void
h_faqs(struct bp_buf *out, const struct bp_doc *d)
{
	size_t	 i;

	h_open(out, BP_PART_FAQ);
	for (i = 0; i < d->nfaqs; i++)
		h_question(out, d, &d->faqs[i], 3);
	h_close(out, BP_PART_FAQ);
}

static void
h_sources(struct bp_buf *out, const struct bp_doc *d)
{
	size_t	 i;

	h_open(out, BP_PART_SOURCES);
	for (i = 0; i < d->nsources; i++)
		h_source(out, &d->sources[i]);
	h_close(out, BP_PART_SOURCES);
}

/* An entry of the contents: a link to a part (id NULL) or to one of its items. */
static void
h_entry(void *arg, enum bp_part p, const struct bp_text *id, const char *s,
    size_t len)
{
	struct bp_buf	*out = ((struct bp_page *)arg)->out;

	bp_buf_puts(out, "<li><a href=\"#");
	bp_html_id(out, id != NULL ? bp_parts[p].item : bp_parts[p].anchor,
	    id != NULL ? id->s : NULL);
	bp_buf_puts(out, "\">");
	bp_html_text(out, s, len);
	bp_buf_puts(out, "</a></li>\n");
}

static void
h_entries_end(void *arg)
{
	bp_buf_puts(((struct bp_page *)arg)->out, "</ol>\n</nav>\n<main>\n");
}

static void
h_part(void *arg, enum bp_part p, int open)
{
	(open ? h_open : h_close)(((struct bp_page *)arg)->out, p);
}

static void
h_summary_part(void *arg, const struct bp_text *t)
{
	bp_html_prose(((struct bp_page *)arg)->out, t);
}

static void
h_features_part(void *arg)
{
	struct bp_page	*pg = arg;

	h_table(pg->out, pg->d, pg->o);
}

static void
h_section_part(void *arg, const struct bp_section *sec)
{
	struct bp_page	*pg = arg;

	h_section(pg->out, pg->d, sec);
}

static void
h_faq_part(void *arg, const struct bp_faq *f)
{
	struct bp_page	*pg = arg;

	h_question(pg->out, pg->d, f, 3);
}

static void
h_source_part(void *arg, size_t number, const struct bp_source *src)
{
	(void)number;
	h_source(((struct bp_page *)arg)->out, src);
}

/* ---- The renderer's functions. ---- */

static void
html_export(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	static const struct bp_export_ops	 ops = { h_entry, h_entries_end,
						    h_part, h_summary_part,
						    &h_choose,
						    h_features_part,
						    h_section_part, h_faq_part,
						    h_source_part };
	struct bp_page				 pg = { out, d, o };

	bp_html_page_begin(out, d);
	bp_buf_puts(out, "<nav aria-labelledby=\"contents\">\n"
	    "<h2 id=\"contents\">Contents</h2>\n<ol>\n");
	bp_walk_export(d, o, &ops, &pg);
	bp_html_page_close(out);
}

static void
html_overview(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o, const struct bp_cmdinfo *cmds, size_t ncmds)
{
	(void)o;
	(void)cmds;
	(void)ncmds;
	bp_html_page_open(out, d);
	h_summary(out, d);
	bp_html_page_close(out);
}

static void
html_compare(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	bp_html_page_open(out, d);
	h_features(out, d, o);
	bp_html_page_close(out);
}

static void
html_verdict(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	struct bp_page	 pg = { out, d, o };

	bp_html_page_open(out, d);
	h_summary(out, d);
	bp_walk_choose(d, o, &h_choose, &pg);
	bp_html_page_close(out);
}

/* The sources an item cites, numbered as the whole list numbers them. */
static void
h_cited(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_texts *refs)
{
	const struct bp_source	*src;
	size_t			 i, n = 0;

	for (i = 0; (src = bp_cited_next(d, refs, &i)) != NULL;) {
		if (n++ == 0)
			bp_html_section(out,
			    bp_parts[BP_PART_SOURCES].anchor, NULL,
			    BP_PART_HEAD(BP_PART_SOURCES));
		h_source_alone(out, d, src);
	}
	if (n > 0)
		bp_buf_puts(out, "</section>\n");
}

static void
html_faq_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	(void)o;
	bp_html_page_open(out, d);
	if (d->nfaqs > 0)
		h_faqs(out, d);
	else
		h_none(out, BP_PART_FAQ);
	if (d->nsources > 0)
		h_sources(out, d);
	bp_html_page_close(out);
}

static void
html_faq(struct bp_buf *out, const struct bp_doc *d, const struct bp_faq *f,
    const struct bp_opts *o)
{
	(void)o;
	bp_html_page_open(out, d);
	h_question(out, d, f, 2);
	h_cited(out, d, &f->sources);
	bp_html_page_close(out);
}

static void
html_section_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	size_t	 i;

	(void)o;
	bp_html_page_open(out, d);
	if (d->nsections == 0)
		h_none(out, BP_PART_SECTIONS);
	for (i = 0; i < d->nsections; i++)
		h_section(out, d, &d->sections[i]);
	if (d->nsources > 0)
		h_sources(out, d);
	bp_html_page_close(out);
}

static void
html_section(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_section *s, const struct bp_opts *o)
{
	(void)o;
	bp_html_page_open(out, d);
	h_section(out, d, s);
	h_cited(out, d, &s->sources);
	bp_html_page_close(out);
}

static void
html_sources(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	(void)o;
	bp_html_page_open(out, d);
	if (d->nsources > 0)
		h_sources(out, d);
	else
		h_none(out, BP_PART_SOURCES);
	bp_html_page_close(out);
}

static void
html_source(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_source *src, const struct bp_opts *o)
{
	(void)o;
	bp_html_page_open(out, d);
	bp_html_section(out, bp_parts[BP_PART_SOURCES].anchor, NULL,
	    BP_PART_HEAD(BP_PART_SOURCES));
	h_source_alone(out, d, src);
	bp_buf_puts(out, "</section>\n");
	bp_html_page_close(out);
}

/* ---- search and decide: results as pages. ---- */


/* One hit: under its item's heading, the field and the excerpt, marked. */
static const struct bp_hits_markup h_hits = {
	.text = bp_html_text,
	.code = bp_html_code,
	.excerpt = bp_html_text,
	.item = { "<li><strong>", "</strong> ", "\n<ul>\n" },
	.item_end = "</ul>\n</li>\n",
	.hit = { "<li>", "</li>\n" },
	.mark = { "<mark>", "</mark>" },
};

static void
html_search(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_query *q, const struct bp_opts *o)
{
	bp_html_page_open(out, d);
	bp_html_section(out, "search", NULL, LIT("Search"));
	bp_buf_puts(out, "<ul>\n");
	bp_walk_hits(out, d, q, o, &h_hits);
	bp_buf_puts(out, "</ul>\n</section>\n");
	bp_html_page_close(out);
}

/* decide's result, as the walker says it: the lean's section, a list a subject. */
static const struct bp_decision_markup h_decision = {
	.text = bp_html_text,
	.code = bp_html_code,
	.lean = { "<section id=\"lean\">\n<h2>", "</h2>\n" },
	.firm = { "<p class=\"firm\">", "</p>\n" },
	.group = { "<h3>", "</h3>\n" },
	.list = { "<ul>\n", "</ul>\n" },
	.item = { "<li>", "</li>\n" },
	.marks = { "not answered: ", "<strong>yes</strong>: ", "no: " },
	.lean_end = "</section>\n",
	.rows = { { "<section id=\"features\">\n<h2>", "</h2>\n" },
	    { "<section id=\"features\">\n<h2>", "</h2>\n<ul>\n" } },
	.rows_end = { "</section>\n", "</ul>\n</section>\n" },
	.read = { "<p>Read on: ", " (", ")</p>\n" },
	.note = { "<p class=\"note\">", "</p>\n" },
};

static void
html_questions(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_decision *dc, int form, const struct bp_opts *o)
{
	struct bp_buf	 id = BP_BUF_INIT;
	size_t		 i, n = bp_decision_n(dc);

	(void)form;
	(void)o;
	bp_html_page_open(out, d);
	if (dc->by == BP_BY_FEATURES)
		bp_html_section(out, "questions", NULL, LIT("Features"));
	else
		bp_html_section(out, "questions", NULL, LIT("Criteria"));
	bp_buf_puts(out, "<ul>\n");
	for (i = 0; i < n; i++)
		bp_walk_question(out, &h_decision, &id, dc, i, -1);
	bp_buf_puts(out, "</ul>\n</section>\n");
	bp_html_page_close(out);
	bp_buf_free(&id);
}

static void
html_decide(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_decision *dc, const struct bp_opts *o)
{
	bp_html_page_open(out, d);
	bp_walk_decision(out, dc, o, &h_decision);
	bp_html_page_close(out);
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
	.diff = bp_html_diff,
};
