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
#include "render/bp_html.h"
#include "render/bp_render.h"
#include "render/bp_walk.h"

/* ---- The parts. ---- */

static void
h_summary(struct bp_buf *out, const struct bp_doc *d)
{
	bp_html_section(out, bp_parts[BP_PART_VERDICT].anchor, NULL,
	    BP_PART_HEAD(BP_PART_VERDICT));
	bp_html_prose(out, &d->summary);
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
		bp_html_section(out, bp_parts[BP_PART_CHOOSE].item, s->id.s,
		    head.data, head.len);
		bp_buf_puts(out, "<ul>\n");
		for (k = 0; k < c->items.n; k++)
			bp_html_elem(out, "li", "", c->items.v[k].s,
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
	bp_html_section(out, bp_parts[BP_PART_FEATURES].anchor, NULL,
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

	bp_html_section(out, bp_parts[BP_PART_FAQ].anchor, NULL,
	    BP_PART_HEAD(BP_PART_FAQ));
	for (i = 0; i < d->nfaqs; i++)
		h_question(out, d, &d->faqs[i], 3);
	bp_buf_puts(out, "</section>\n");
}

static void
h_sources(struct bp_buf *out, const struct bp_doc *d)
{
	bp_html_section(out, bp_parts[BP_PART_SOURCES].anchor, NULL,
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
	bp_html_id(out, id, suffix);
	bp_buf_puts(out, "\">");
	bp_html_text(out, s, len);
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

	bp_html_page_begin(out, d);
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
	bp_html_page_close(out);
	bp_buf_free(&head);
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
	bp_html_page_open(out, d);
	h_summary(out, d);
	h_choose(out, d, o);
	bp_html_page_close(out);
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
			bp_html_section(out,
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
	bp_html_page_open(out, d);
	if (d->nfaqs > 0)
		h_faqs(out, d);
	else
		bp_html_elem(out, "p", "", bp_parts[BP_PART_FAQ].none,
		    strlen(bp_parts[BP_PART_FAQ].none));
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
		bp_html_elem(out, "p", "", bp_parts[BP_PART_SECTIONS].none,
		    strlen(bp_parts[BP_PART_SECTIONS].none));
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
		bp_html_elem(out, "p", "", bp_parts[BP_PART_SOURCES].none,
		    strlen(bp_parts[BP_PART_SOURCES].none));
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
	h_sources_list(out, d, bp_source_number(d, src) - 1, 1);
	bp_buf_puts(out, "</section>\n");
	bp_html_page_close(out);
}

/* ---- search and decide: results as pages. ---- */


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
		bp_html_text(out, m->text.data, m->text.len);
		bp_buf_puts(out, "</strong> ");
		m->text.len = 0;
		bp_hit_command(&m->text, h, m->o->data);
		bp_html_code(out, m->text.data, m->text.len);
		bp_buf_puts(out, "\n<ul>\n");
	}
	m->text.len = 0;
	bp_hit_field(&m->text, h);
	bp_buf_puts(out, "<li>");
	bp_html_text(out, m->text.data, m->text.len);
	bp_buf_puts(out, ": ");
	snip = bp_hit_snippet(h, 0, &spans, &n);
	for (at = 0, k = 0; k < n; k++) {
		bp_html_text(out, snip + at, spans[k].start - at);
		bp_buf_puts(out, "<mark>");
		bp_html_text(out, snip + spans[k].start,
		    spans[k].end - spans[k].start);
		bp_buf_puts(out, "</mark>");
		at = spans[k].end;
	}
	bp_html_text(out, snip + at, strlen(snip) - at);
	bp_buf_puts(out, "</li>\n");
	free(snip);
	free(spans);
}

static void
html_search(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_query *q, const struct bp_opts *o)
{
	struct h_search	 m = { out, o, BP_BUF_INIT, 0 };

	bp_html_page_open(out, d);
	bp_html_section(out, "search", NULL, LIT("Search"));
	bp_buf_puts(out, "<ul>\n");
	bp_search_hits(d, q, h_hit, &m);
	if (m.open)
		bp_buf_puts(out, "</ul>\n</li>\n");
	bp_buf_puts(out, "</ul>\n</section>\n");
	bp_html_page_close(out);
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
	bp_html_code(out, id->data, id->len);
	bp_buf_putc(out, ' ');
	if (t->s != NULL)
		bp_html_t(out, t);
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
	bp_html_page_open(out, d);
	if (dc->by == BP_BY_FEATURES)
		bp_html_section(out, "questions", NULL, LIT("Features"));
	else
		bp_html_section(out, "questions", NULL, LIT("Criteria"));
	bp_buf_puts(out, "<ul>\n");
	for (i = 0; i < n; i++)
		h_criterion(out, &id, dc, i, NULL);
	bp_buf_puts(out, "</ul>\n</section>\n");
	bp_html_page_close(out);
	bp_buf_free(&id);
}

/* decide's result, as the walker says it: the lean's section, a list a subject. */
struct h_decision {
	struct bp_buf	*out;
	struct bp_buf	 id;
};

static void
h_dc_lean(void *arg, const char *s, size_t len)
{
	struct h_decision	*h = arg;

	bp_buf_puts(h->out, "<section id=\"lean\">\n<h2>");
	bp_html_text(h->out, s, len);
	bp_buf_puts(h->out, "</h2>\n");
}

static void
h_dc_firm(void *arg, const char *s, size_t len)
{
	struct h_decision	*h = arg;

	bp_html_elem(h->out, "p", " class=\"firm\"", s, len);
}

static void
h_dc_group(void *arg, const char *s, size_t len)
{
	struct h_decision	*h = arg;

	bp_html_elem(h->out, "h3", "", s, len);
}

static void
h_dc_list(void *arg, int open)
{
	struct h_decision	*h = arg;

	bp_buf_puts(h->out, open ? "<ul>\n" : "</ul>\n");
}

static void
h_dc_question(void *arg, const struct bp_decision *dc, size_t i, int answer)
{
	static const char *const marks[] = { "not answered: ",
	    "<strong>yes</strong>: ", "no: " };
	struct h_decision	*h = arg;

	h_criterion(h->out, &h->id, dc, i, answer < 0 ? NULL : marks[answer]);
}

static void
h_dc_lean_end(void *arg)
{
	struct h_decision	*h = arg;

	bp_buf_puts(h->out, "</section>\n");
}

static void
h_dc_rows(void *arg, const char *title, size_t len, size_t n)
{
	struct h_decision	*h = arg;

	bp_html_section(h->out, "features", NULL, title, len);
	if (n > 0)
		bp_buf_puts(h->out, "<ul>\n");
}

static void
h_dc_row(void *arg, const struct bp_feature *f)
{
	struct h_decision	*h = arg;

	bp_buf_puts(h->out, "<li>");
	bp_html_code(h->out, f->id.s, f->id.len);
	bp_buf_putc(h->out, ' ');
	bp_html_t(h->out, &f->label);
	bp_buf_puts(h->out, "</li>\n");
}

static void
h_dc_rows_end(void *arg, size_t n)
{
	struct h_decision	*h = arg;

	if (n > 0)
		bp_buf_puts(h->out, "</ul>\n");
	bp_buf_puts(h->out, "</section>\n");
}

static void
h_dc_read(void *arg, const struct bp_section *s, const char *cmd,
    size_t len)
{
	struct h_decision	*h = arg;

	bp_buf_puts(h->out, "<p>Read on: ");
	bp_html_t(h->out, &s->title);
	bp_buf_puts(h->out, " (");
	bp_html_code(h->out, cmd, len);
	bp_buf_puts(h->out, ")</p>\n");
}

static void
h_dc_note(void *arg, const char *s)
{
	struct h_decision	*h = arg;

	bp_buf_puts(h->out, "<p class=\"note\">");
	bp_html_text(h->out, s, strlen(s));
	bp_buf_puts(h->out, "</p>\n");
}

static void
html_decide(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_decision *dc, const struct bp_opts *o)
{
	static const struct bp_decision_ops ops = { h_dc_lean, h_dc_firm,
	    h_dc_group,
	    h_dc_list, h_dc_question, h_dc_lean_end, h_dc_rows, h_dc_row,
	    h_dc_rows_end, h_dc_read, h_dc_note };
	struct h_decision	 h = { out, BP_BUF_INIT };

	bp_html_page_open(out, d);
	bp_walk_decision(dc, o, &ops, &h);
	bp_html_page_close(out);
	bp_buf_free(&h.id);
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
