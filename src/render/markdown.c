/* Markdown (GitHub-flavoured) output: headings, paragraphs, lists and a pipe table. */
#include <stdint.h>
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
#include "query/bp_diff.h"
#include "query/bp_lookup.h"
#include "query/bp_search.h"
#include "query/bp_wdiff.h"
#include "render/bp_render.h"
#include "render/bp_walk.h"

static void
md_inline(struct bp_buf *out, const char *s, size_t len)
{
	bp_md_inline(out, s, len);
}

static void
md_text(struct bp_buf *out, const struct bp_text *t)
{
	md_inline(out, t->s, t->len);
}

static void
md_heading(struct bp_buf *out, int level, const char *s, size_t len)
{
	bp_buf_repeat(out, "#", (size_t)level);
	bp_buf_putc(out, ' ');
	md_inline(out, s, len);
	bp_buf_putc(out, '\n');
}

struct md_prose {
	struct bp_buf	*out;
	int		 item;	/* the last block was a list item */
};

/*
 * A paragraph, after a blank line; a list item, "- " and its text, with a
 * blank line only before the list's first item.
 */
static void
md_para(enum bp_block kind, int first, const char *s, size_t len, void *arg)
{
	struct md_prose	*p = arg;

	if (kind == BP_BLOCK_PARA || first || !p->item)
		bp_buf_putc(p->out, '\n');
	if (kind == BP_BLOCK_ITEM)
		bp_buf_puts(p->out, "- ");
	md_inline(p->out, s, len);
	bp_buf_putc(p->out, '\n');
	p->item = kind == BP_BLOCK_ITEM;
}

/* Prose: one Markdown paragraph per paragraph, each after a blank line. */
static void
md_prose(struct bp_buf *out, const struct bp_text *t)
{
	struct md_prose	 p = { out, 0 };

	bp_text_paragraphs(t->s, t->len, md_para, &p);
}

static void
md_title(struct bp_buf *out, const struct bp_doc *d)
{
	md_heading(out, 1, d->title.s, d->title.len);
	if (d->updated.s != NULL) {
		bp_buf_puts(out, "\n*Last updated: ");
		md_text(out, &d->updated);
		bp_buf_puts(out, "*\n");
	}
}

/* A source as "[title](url), publisher"; the link only when there is a URL. */
static void
md_link(struct bp_buf *out, const struct bp_source *src)
{
	size_t	 i;
	char	 c;

	if (src->url.s != NULL) {
		/* A link holds no link: a URL in the title is text. */
		bp_buf_putc(out, '[');
		bp_md_inline_links(out, src->title.s, src->title.len, 0);
		bp_buf_puts(out, "](<");
		/* Inside <...> only '<', '>', '\\' and line breaks need care. */
		for (i = 0; i < src->url.len; i++) {
			c = src->url.s[i];
			if (c == '<' || c == '>' || c == '\\' ||
			    (unsigned char)c < 0x20 || c == 0x7f)
				bp_buf_printf(out, "%%%02X", (unsigned char)c);
			else
				bp_buf_putc(out, c);
		}
		bp_buf_puts(out, ">)");
	} else
		md_text(out, &src->title);
	if (src->publisher.s != NULL) {
		bp_buf_puts(out, ", ");
		md_text(out, &src->publisher);
	}
	bp_buf_putc(out, '\n');
}

static void
md_cited(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_texts *refs, int level)
{
	const struct bp_source	*src;
	size_t			 i;

	if (refs->n == 0)
		return;
	bp_buf_putc(out, '\n');
	md_heading(out, level, BP_PART_HEAD(BP_PART_SOURCES));
	bp_buf_putc(out, '\n');
	for (i = 0; i < refs->n; i++)
		if ((src = bp_source_by_id(d, refs->v[i].s)) != NULL) {
			/* Numbered as 'sources' numbers them. */
			bp_buf_printf(out, "- \\[%zu\\] ",
			    bp_source_number(d, src));
			md_link(out, src);
		}
}

static void
md_overview(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o, const struct bp_cmdinfo *cmds, size_t ncmds)
{
	(void)o;
	(void)cmds;
	(void)ncmds;
	md_title(out, d);
	bp_buf_putc(out, '\n');
	md_heading(out, 2, BP_PART_HEAD(BP_PART_VERDICT));
	md_prose(out, &d->summary);
}

static void
md_cell(struct bp_buf *out, const char *s, size_t len)
{
	bp_buf_putc(out, ' ');
	md_inline(out, s, len);
	bp_buf_puts(out, " |");
}

static void	md_table(struct bp_buf *, const struct bp_doc *,
		    const struct bp_opts *);

static void
md_compare(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	md_title(out, d);
	bp_buf_putc(out, '\n');
	md_table(out, d, o);
}

/* The feature table: a GFM pipe table, the edge bold where one wins. */
static void
md_table(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	const struct bp_feature	*f;
	struct bp_buf		 e = BP_BUF_INIT;
	const struct bp_value	*v;
	size_t			 r, c, n;
	int			 edges = 0;
	struct bp_by_subject	 by;
	const struct bp_value	**values;

	n = bp_rows_n(d, o);
	for (r = 0; r < n; r++)
		if (bp_has_edge(bp_row(d, o, r)))
			edges = 1;
	bp_by_subject_init(&by, d);
	values = bp_calloc(d->nsubjects + 1, sizeof(*values));
	bp_buf_putc(out, '|');
	md_cell(out, LIT("Feature"));
	for (c = 0; c < bp_cols_n(d, o); c++)
		md_cell(out, d->subjects[bp_col(d, o, c)].shortname.s,
		    d->subjects[bp_col(d, o, c)].shortname.len);
	if (edges)
		md_cell(out, LIT("Edge"));
	bp_buf_puts(out, "\n|");
	for (c = 0; c < bp_cols_n(d, o) + 1 + (size_t)edges; c++)
		bp_buf_puts(out, " --- |");
	bp_buf_putc(out, '\n');
	for (r = 0; r < n; r++) {
		f = bp_row(d, o, r);
		bp_buf_putc(out, '|');
		md_cell(out, f->label.s, f->label.len);
		bp_by_subject(&by, f, values);
		for (c = 0; c < bp_cols_n(d, o); c++) {
			v = values[bp_col(d, o, c)];
			md_cell(out, v ? v->text.s : "", v ? v->text.len : 0);
		}
		if (!edges) {
			bp_buf_putc(out, '\n');
			continue;
		}
		e.len = 0;
		if (!bp_edge_label(&e, d, f))
			md_cell(out, LIT(""));
		else if (!bp_edge_wins(f))
			md_cell(out, e.data, e.len);
		else {
			/* Bold, as the terminal highlights it. */
			bp_buf_puts(out, " **");
			md_inline(out, e.data, e.len);
			bp_buf_puts(out, "** |");
		}
		bp_buf_putc(out, '\n');
	}
	free(values);
	bp_buf_free(&e);
	bp_by_subject_free(&by);
}

static void
md_verdict(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	const struct bp_subject	*s;
	const struct bp_choice	*c;
	struct bp_buf		 head = BP_BUF_INIT;
	size_t			 i, k;

	md_title(out, d);
	bp_buf_putc(out, '\n');
	md_heading(out, 2, BP_PART_HEAD(BP_PART_VERDICT));
	md_prose(out, &d->summary);
	for (i = 0; i < bp_cols_n(d, o); i++) {
		s = &d->subjects[bp_col(d, o, i)];
		if ((c = bp_choice_for(d, s->id.s)) == NULL || c->items.n == 0)
			continue;
		head.len = 0;
		bp_choose_label(&head, s);
		bp_buf_puts(out, "\n## ");
		md_inline(out, head.data, head.len);
		bp_buf_puts(out, "\n\n");
		for (k = 0; k < c->items.n; k++) {
			bp_buf_puts(out, "- ");
			md_inline(out, c->items.v[k].s, c->items.v[k].len);
			bp_buf_putc(out, '\n');
		}
	}
	bp_buf_free(&head);
}

/* A list numbered as faq, show and sources take numbers, with the ids. */
static void
md_numbered(struct bp_buf *out, const struct bp_doc *d, enum bp_list l,
    const char *heading, size_t hlen)
{
	const struct bp_text	*name;
	size_t			 i;

	md_heading(out, 1, heading, hlen);
	bp_buf_putc(out, '\n');
	for (i = 0; i < bp_list_n(d, l); i++) {
		name = bp_list_name(d, l, i);
		/* Ids are [a-z0-9-]: safe inside a code span. */
		bp_buf_printf(out, "%zu. ", i + 1);
		md_inline(out, name->s, name->len);
		bp_buf_printf(out, " (`%s`)\n", bp_list_id(d, l, i)->s);
	}
}

/* One item: its title as a heading, its prose, the sources it cites. */
static void
md_article(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_text *title, const struct bp_text *body,
    const struct bp_texts *sources)
{
	md_heading(out, 2, title->s, title->len);
	md_prose(out, body);
	md_cited(out, d, sources, 3);
}

static void
md_faq_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	(void)o;
	md_numbered(out, d, BP_LIST_FAQ, BP_PART_HEAD(BP_PART_FAQ));
}

static void
md_faq(struct bp_buf *out, const struct bp_doc *d, const struct bp_faq *f,
    const struct bp_opts *o)
{
	(void)o;
	md_article(out, d, &f->question, &f->answer, &f->sources);
}

static void
md_section_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	(void)o;
	md_numbered(out, d, BP_LIST_SECTIONS, LIT("Sections"));
}

static void
md_section(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_section *s, const struct bp_opts *o)
{
	(void)o;
	md_article(out, d, &s->title, &s->body, &s->sources);
}

static void
md_sources(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	size_t	 i;

	(void)o;
	md_heading(out, 1, BP_PART_HEAD(BP_PART_SOURCES));
	bp_buf_putc(out, '\n');
	for (i = 0; i < d->nsources; i++) {
		bp_buf_printf(out, "%zu. ", i + 1);
		md_link(out, &d->sources[i]);
	}
}

/*
 * s as a code span: fenced by more backticks than any run inside, and
 * made safe first (a code span shows what it holds as it is).
 */
static void
md_code(struct bp_buf *out, const char *s, size_t len)
{
	struct bp_buf	 safe = BP_BUF_INIT;
	size_t		 i, run = 0, most = 0;

	bp_text_safe_line(&safe, s, len);
	for (i = 0; i < safe.len; i++) {
		run = safe.data[i] == '`' ? run + 1 : 0;
		if (run > most)
			most = run;
	}
	bp_buf_repeat(out, "`", most + 1);
	if (most > 0 || (safe.len > 0 && safe.data[0] == ' '))
		bp_buf_putc(out, ' ');
	if (safe.len > 0)
		bp_buf_putn(out, safe.data, safe.len);
	if (most > 0 || (safe.len > 0 && safe.data[safe.len - 1] == ' '))
		bp_buf_putc(out, ' ');
	bp_buf_repeat(out, "`", most + 1);
	bp_buf_free(&safe);
}

struct md_search_out {
	struct bp_buf		*out;
	const struct bp_opts	*o;
	struct bp_buf		 text;
};

static void
md_hit(const struct bp_hit *h, void *arg)
{
	struct md_search_out	*m = arg;
	struct bp_buf		*out = m->out;
	struct bp_span		*spans;
	char			*snip;
	size_t			 k, n, at;

	if (h->first) {
		m->text.len = 0;
		bp_hit_heading(&m->text, h);
		bp_buf_puts(out, "- **");
		md_inline(out, m->text.data, m->text.len);
		bp_buf_puts(out, "** (");
		/* Commands are bpolpo's own words: a code span. */
		m->text.len = 0;
		bp_hit_command(&m->text, h, m->o->data);
		md_code(out, m->text.data, m->text.len);
		bp_buf_puts(out, ")\n");
	}
	m->text.len = 0;
	bp_hit_field(&m->text, h);
	bp_buf_puts(out, "  - ");
	md_inline(out, m->text.data, m->text.len);
	bp_buf_puts(out, ": ");
	/* An excerpt is cut into pieces: a URL in it is text, not a link. */
	snip = bp_hit_snippet(h, 0, &spans, &n);
	for (at = 0, k = 0; k < n; k++) {
		bp_md_inline_links(out, snip + at, spans[k].start - at, 0);
		bp_buf_puts(out, "**");
		bp_md_inline_links(out, snip + spans[k].start,
		    spans[k].end - spans[k].start, 0);
		bp_buf_puts(out, "**");
		at = spans[k].end;
	}
	bp_md_inline_links(out, snip + at, strlen(snip) - at, 0);
	bp_buf_putc(out, '\n');
	free(snip);
	free(spans);
}

static void
md_source(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_source *s, const struct bp_opts *o)
{
	(void)o;
	bp_buf_printf(out, "%zu. ", bp_source_number(d, s));
	md_link(out, s);
}

static void
md_search(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_query *q, const struct bp_opts *o)
{
	struct md_search_out	 m = { out, o, BP_BUF_INIT };

	md_heading(out, 1, LIT("Search"));
	bp_buf_putc(out, '\n');
	bp_search_hits(d, q, md_hit, &m);
	bp_buf_free(&m.text);
}

/* ---- decide. ---- */

/* "- `id` text", with a mark ("yes: ") before it when one is given. */
static void
md_question(struct bp_buf *out, struct bp_buf *id,
    const struct bp_decision *dc, size_t i, const char *mark)
{
	const struct bp_text	*t = bp_question_text(dc, i);

	id->len = 0;
	bp_question_id(id, dc, i);
	bp_buf_puts(out, "- ");
	if (mark != NULL)
		bp_buf_puts(out, mark);
	md_code(out, id->data, id->len);
	bp_buf_putc(out, ' ');
	if (t->s != NULL)
		md_inline(out, t->s, t->len);
	bp_buf_putc(out, '\n');
}

static void
md_questions(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_decision *dc, int form, const struct bp_opts *o)
{
	struct bp_buf	 id = BP_BUF_INIT;
	size_t		 i, n = bp_decision_n(dc);

	(void)form;
	(void)o;
	md_heading(out, 1, d->title.s, d->title.len);
	bp_buf_puts(out, dc->by == BP_BY_FEATURES ? "\n## Features\n\n" :
	    "\n## Criteria\n\n");
	for (i = 0; i < n; i++)
		md_question(out, &id, dc, i, NULL);
	bp_buf_free(&id);
}

/* decide's result, as the walker says it: a heading a subject, a list under each. */
struct md_decision {
	struct bp_buf	*out;
	struct bp_buf	 id;
};

static void
md_dc_lean(void *arg, const char *s, size_t len)
{
	struct md_decision	*m = arg;

	bp_buf_putc(m->out, '\n');
	md_inline(m->out, s, len);
	bp_buf_putc(m->out, '\n');
}

static void
md_dc_firm(void *arg, const char *s, size_t len)
{
	struct md_decision	*m = arg;

	bp_buf_putc(m->out, '\n');
	md_inline(m->out, s, len);
	bp_buf_putc(m->out, '\n');
}

static void
md_dc_group(void *arg, const char *s, size_t len)
{
	struct md_decision	*m = arg;

	bp_buf_putc(m->out, '\n');
	md_heading(m->out, 2, s, len);
}

/* A blank line before a list. */
static void
md_dc_list(void *arg, int open)
{
	struct md_decision	*m = arg;

	if (open)
		bp_buf_putc(m->out, '\n');
}

static void
md_dc_question(void *arg, const struct bp_decision *dc, size_t i, int answer)
{
	static const char *const marks[] = { "not answered: ", "**yes**: ",
	    "no: " };
	struct md_decision	*m = arg;

	md_question(m->out, &m->id, dc, i, answer < 0 ? NULL : marks[answer]);
}

static void
md_dc_nothing(void *arg)
{
	(void)arg;
}

/* No row bears on the lean: the title says so, as a sentence. */
static void
md_dc_rows(void *arg, const char *title, size_t len, size_t n)
{
	struct md_decision	*m = arg;

	bp_buf_putc(m->out, '\n');
	if (n == 0) {
		md_inline(m->out, title, len);
		bp_buf_puts(m->out, ".\n");
	} else {
		md_heading(m->out, 2, title, len);
		bp_buf_putc(m->out, '\n');
	}
}

static void
md_dc_row(void *arg, const struct bp_feature *f)
{
	struct md_decision	*m = arg;

	bp_buf_puts(m->out, "- ");
	md_code(m->out, f->id.s, f->id.len);
	bp_buf_putc(m->out, ' ');
	md_text(m->out, &f->label);
	bp_buf_putc(m->out, '\n');
}

static void
md_dc_rows_end(void *arg, size_t n)
{
	(void)arg;
	(void)n;
}

static void
md_dc_read(void *arg, const struct bp_section *s, const char *cmd,
    size_t len)
{
	struct md_decision	*m = arg;

	bp_buf_puts(m->out, "\nRead on: ");
	md_text(m->out, &s->title);
	bp_buf_puts(m->out, " (");
	md_code(m->out, cmd, len);
	bp_buf_puts(m->out, ")\n");
}

static void
md_dc_note(void *arg, const char *s)
{
	struct md_decision	*m = arg;

	bp_buf_puts(m->out, "\n*");
	md_inline(m->out, s, strlen(s));
	bp_buf_puts(m->out, "*\n");
}

static void
md_decide(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_decision *dc, const struct bp_opts *o)
{
	static const struct bp_decision_ops ops = { md_dc_lean, md_dc_firm,
	    md_dc_group,
	    md_dc_list, md_dc_question, md_dc_nothing, md_dc_rows, md_dc_row,
	    md_dc_rows_end, md_dc_read, md_dc_note };
	struct md_decision	 m = { out, BP_BUF_INIT };

	md_title(out, d);
	bp_walk_decision(dc, o, &ops, &m);
	bp_buf_free(&m.id);
}

/* ---- export: one page, its parts anchored. ---- */

/*
 * An anchor: the one piece of HTML bpolpo writes into Markdown, so that
 * the contents and the citations can link within the page.  Its name is
 * bpolpo's own word and an id, which the loader keeps to [a-z0-9-]: no
 * data text is ever markup.
 */
static int
md_id(const struct bp_text *id)
{
	return id->s != NULL && id->len > 0 &&
	    strspn(id->s, "abcdefghijklmnopqrstuvwxyz0123456789-") == id->len;
}

static void
md_anchor(struct bp_buf *out, const char *prefix, const struct bp_text *id)
{
	/* An id the loader did not vouch for (tests, fuzzing) gets none. */
	if (id != NULL && !md_id(id))
		return;
	bp_buf_printf(out, "<a id=\"%s%s%s\"></a>", prefix,
	    id != NULL ? "-" : "", id != NULL ? id->s : "");
}

/* "## <a id="..."></a>Heading" */
static void
md_anchored(struct bp_buf *out, int level, const char *prefix,
    const struct bp_text *id, const char *s, size_t len)
{
	bp_buf_repeat(out, "#", (size_t)level);
	bp_buf_putc(out, ' ');
	md_anchor(out, prefix, id);
	md_inline(out, s, len);
	bp_buf_putc(out, '\n');
}

/* "- [Heading](#anchor)", an entry of the contents. */
static void
md_toc(struct bp_buf *out, const char *prefix, const struct bp_text *id,
    const char *s, size_t len)
{
	if (id != NULL && !md_id(id)) {
		bp_buf_puts(out, "- ");
		md_inline(out, s, len);
		bp_buf_putc(out, '\n');
		return;
	}
	/* A link holds no link: a URL in the text is text here. */
	bp_buf_puts(out, "- [");
	bp_md_inline_links(out, s, len, 0);
	bp_buf_printf(out, "](#%s%s%s)\n", prefix, id != NULL ? "-" : "",
	    id != NULL ? id->s : "");
}

/* "Sources: [1], [3]", each linked to its entry in the list. */
static void
md_citations(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_texts *refs)
{
	const struct bp_source	*src;
	size_t			 i, n = 0;

	for (i = 0; i < refs->n; i++) {
		if ((src = bp_source_by_id(d, refs->v[i].s)) == NULL)
			continue;
		bp_buf_puts(out, n++ == 0 ? "\nSources: " : ", ");
		if (md_id(&src->id))
			bp_buf_printf(out, "[\\[%zu\\]](#%s-%s)",
			    bp_source_number(d, src),
			    bp_parts[BP_PART_SOURCES].item, src->id.s);
		else
			bp_buf_printf(out, "\\[%zu\\]",
			    bp_source_number(d, src));
	}
	if (n > 0)
		bp_buf_putc(out, '\n');
}

/* The contents: an entry for each part, or each of its items. */
static void
md_contents(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o, struct bp_buf *head)
{
	const struct bp_subject	*s;
	const struct bp_choice	*c;
	size_t			 i;
	int			 p;

	for (p = 0; p < BP_PART__MAX; p++) {
		if (!bp_part_present(d, o, (enum bp_part)p))
			continue;
		if (bp_parts[p].heading != NULL) {
			md_toc(out, bp_parts[p].anchor, NULL,
			    BP_PART_HEAD(p));
			continue;
		}
		for (i = 0; p == BP_PART_CHOOSE && i < bp_cols_n(d, o); i++) {
			s = &d->subjects[bp_col(d, o, i)];
			if ((c = bp_choice_for(d, s->id.s)) == NULL ||
			    c->items.n == 0)
				continue;
			head->len = 0;
			bp_choose_label(head, s);
			md_toc(out, bp_parts[p].item, &s->id, head->data,
			    head->len);
		}
		for (i = 0; p == BP_PART_SECTIONS && i < d->nsections; i++)
			md_toc(out, bp_parts[p].item, &d->sections[i].id,
			    d->sections[i].title.s, d->sections[i].title.len);
	}
}

static void
md_export(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	const struct bp_subject	*s;
	const struct bp_choice	*c;
	const struct bp_section	*sec;
	const struct bp_faq	*f;
	struct bp_buf		 head = BP_BUF_INIT;
	size_t			 i, k;
	int			 p;

	md_title(out, d);
	bp_buf_putc(out, '\n');
	md_heading(out, 2, LIT("Contents"));
	bp_buf_putc(out, '\n');
	md_contents(out, d, o, &head);
	for (p = 0; p < BP_PART__MAX; p++) {
		if (!bp_part_present(d, o, (enum bp_part)p))
			continue;
		/* A part with a heading of its own: anchored, then its items. */
		if (bp_parts[p].heading != NULL) {
			bp_buf_putc(out, '\n');
			md_anchored(out, 2, bp_parts[p].anchor, NULL,
			    BP_PART_HEAD(p));
		}
		switch ((enum bp_part)p) {
		case BP_PART_VERDICT:
			md_prose(out, &d->summary);
			break;
		case BP_PART_CHOOSE:
			for (i = 0; i < bp_cols_n(d, o); i++) {
				s = &d->subjects[bp_col(d, o, i)];
				if ((c = bp_choice_for(d, s->id.s)) == NULL ||
				    c->items.n == 0)
					continue;
				head.len = 0;
				bp_choose_label(&head, s);
				bp_buf_putc(out, '\n');
				md_anchored(out, 2, bp_parts[p].item, &s->id,
				    head.data, head.len);
				bp_buf_putc(out, '\n');
				for (k = 0; k < c->items.n; k++) {
					bp_buf_puts(out, "- ");
					md_inline(out, c->items.v[k].s,
					    c->items.v[k].len);
					bp_buf_putc(out, '\n');
				}
			}
			break;
		case BP_PART_FEATURES:
			bp_buf_putc(out, '\n');
			md_table(out, d, o);
			break;
		case BP_PART_SECTIONS:
			for (i = 0; i < d->nsections; i++) {
				sec = &d->sections[i];
				bp_buf_putc(out, '\n');
				md_anchored(out, 2, bp_parts[p].item, &sec->id,
				    sec->title.s, sec->title.len);
				md_prose(out, &sec->body);
				md_citations(out, d, &sec->sources);
			}
			break;
		case BP_PART_FAQ:
			for (i = 0; i < d->nfaqs; i++) {
				f = &d->faqs[i];
				bp_buf_putc(out, '\n');
				md_anchored(out, 3, bp_parts[p].item, &f->id,
				    f->question.s, f->question.len);
				md_prose(out, &f->answer);
				md_citations(out, d, &f->sources);
			}
			break;
		case BP_PART_SOURCES:
			bp_buf_putc(out, '\n');
			for (i = 0; i < d->nsources; i++) {
				bp_buf_printf(out, "%zu. ", i + 1);
				md_anchor(out, bp_parts[p].item,
				    &d->sources[i].id);
				md_link(out, &d->sources[i]);
			}
			break;
		case BP_PART__MAX:
			break;
		}
	}
	bp_buf_free(&head);
}

/* A changed text is escaped this many bytes at a time. */
#define DIFF_WINDOW	((size_t)64 * 1024)

/* ---- diff: a release note. ---- */

/*
 * The runs, escaped: what went out struck through, what came in in bold,
 * one space between.  A run is escaped a window of words at a time.
 */
static void
md_runs(struct bp_buf *out, struct bp_buf *raw,
    const struct bp_wdiff *wd)
{
	static const char *const fence[] = { "", "~~", "**" };
	const struct bp_run	*r;
	const char		*w;
	size_t			 i, at, wl;

	for (i = 0; i < wd->n; i++) {
		r = &wd->v[i];
		if (i > 0)
			bp_buf_putc(out, ' ');
		bp_buf_puts(out, fence[r->op]);
		raw->len = 0;
		for (at = 0; bp_wdiff_next(r->s, r->len, &at, &w, &wl); ) {
			if (raw->len >= DIFF_WINDOW) {
				bp_md_inline(out, raw->data, raw->len);
				bp_buf_putc(out, ' ');
				raw->len = 0;
			}
			if (raw->len > 0)
				bp_buf_putc(raw, ' ');
			bp_buf_putn(raw, w, wl);
		}
		bp_md_inline(out, raw->data, raw->len);
		bp_buf_puts(out, fence[r->op]);
	}
}

/* What the release note keeps while it writes the changes. */
struct md_state {
	struct bp_buf	*out;
	struct bp_buf	 raw;
	struct bp_wdiff	 wd;
	size_t		 last;		/* the part of the last change */
};

/* One change, a bulleted line under its part's heading. */
static void
md_item(const struct bp_diff_item *it, void *arg)
{
	static const char *const verbs[] = { "Added", "Removed", "Changed",
	    "Moved" };
	struct md_state	*ms = arg;
	struct bp_buf	*out = ms->out;
	size_t		 p;

	if ((p = bp_diff_part(it)) != ms->last) {
		bp_buf_printf(out, "\n## %s\n\n", bp_diff_parts[p]);
		ms->last = p;
	}
	bp_buf_printf(out, "- %s ", verbs[it->change]);
	bp_diff_label(out, bp_md_inline, it, 1);
	bp_wdiff_item(&ms->wd, it);
	if (it->change == BP_CH_MOVED)
		bp_buf_printf(out, " from %u to %u", it->from, it->to);
	else if (ms->wd.n > 0) {
		bp_buf_puts(out, ": ");
		md_runs(out, &ms->raw, &ms->wd);
	}
	if (it->change == BP_CH_CHANGED && !bp_wdiff_changed(&ms->wd))
		bp_buf_puts(out, " (only white space changed)");
	bp_buf_putc(out, '\n');
}

static void
md_diff(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_diff *d, const char *oldname, const char *newname)
{
	struct md_state	 ms;

	(void)o;
	memset(&ms, 0, sizeof(ms));
	ms.out = out;
	ms.last = SIZE_MAX;
	bp_buf_puts(out, "# Changes: ");
	bp_md_inline(out, oldname, strlen(oldname));
	bp_buf_puts(out, " → ");
	bp_md_inline(out, newname, strlen(newname));
	bp_buf_putc(out, '\n');
	if (d->n == 0)
		bp_buf_puts(out, "\nNo differences.\n");
	else
		bp_diff_each(d, md_item, &ms);
	bp_buf_free(&ms.raw);
	bp_wdiff_free(&ms.wd);
}


const struct bp_renderer bp_md_renderer = {
	.overview = md_overview,
	.compare = md_compare,
	.verdict = md_verdict,
	.faq_list = md_faq_list,
	.faq = md_faq,
	.section_list = md_section_list,
	.section = md_section,
	.sources = md_sources,
	.source = md_source,
	.search = md_search,
	.decide = md_decide,
	.questions = md_questions,
	.export = md_export,
	.diff = md_diff,
	/* A count is a count: the same line as text. */
	.check = bp_term_check,
};
