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
	/* Numbered as 'sources' numbers them. */
	for (i = 0; (src = bp_cited_next(d, refs, &i)) != NULL;) {
		bp_buf_printf(out, "- \\[%zu\\] ", bp_source_number(d, src));
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

/* A "Choose X if" list: its label a heading, anchored when exported. */
static void
md_choose_list(void *arg, const struct bp_subject *s, const char *label,
    size_t len)
{
	struct bp_buf	*out = arg;

	(void)s;
	bp_buf_putc(out, '\n');
	md_heading(out, 2, label, len);
	bp_buf_putc(out, '\n');
}

static void
md_choose_item(void *arg, const struct bp_text *t)
{
	struct bp_buf	*out = arg;

	bp_buf_puts(out, "- ");
	md_text(out, t);
	bp_buf_putc(out, '\n');
}

static void
md_verdict(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	static const struct bp_choose_ops	 lists = { md_choose_list,
						    md_choose_item, NULL };

	md_title(out, d);
	bp_buf_putc(out, '\n');
	md_heading(out, 2, BP_PART_HEAD(BP_PART_VERDICT));
	md_prose(out, &d->summary);
	bp_walk_choose(d, o, &lists, out);
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

/* An excerpt is cut into pieces: a URL in it is text, not a link. */
static void
md_excerpt(struct bp_buf *out, const char *s, size_t len)
{
	bp_md_inline_links(out, s, len, 0);
}

/* Commands are bpolpo's own words: a code span. */
static const struct bp_hits_markup md_hits = {
	.text = md_inline,
	.code = md_code,
	.excerpt = md_excerpt,
	.item = { "- **", "** (", ")\n" },
	.item_end = "",
	.hit = { "  - ", "\n" },
	.mark = { "**", "**" },
};

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
	md_heading(out, 1, LIT("Search"));
	bp_buf_putc(out, '\n');
	bp_walk_hits(out, d, q, o, &md_hits);
}

/* ---- decide. ---- */

/* decide's result, as the walker says it: a heading a subject, a list under each. */
static const struct bp_decision_markup md_decision = {
	.text = md_inline,
	.code = md_code,
	.lean = { "\n", "\n" },
	.firm = { "\n", "\n" },
	.group = { "\n## ", "\n" },
	.list = { "\n", "" },
	.item = { "- ", "\n" },
	.marks = { "not answered: ", "**yes**: ", "no: " },
	.lean_end = "",
	/* No row bears on the lean: the title says so, as a sentence. */
	.rows = { { "\n", ".\n" }, { "\n## ", "\n\n" } },
	.rows_end = { "", "" },
	.read = { "\nRead on: ", " (", ")\n" },
	.note = { "\n*", "*\n" },
};

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
		bp_walk_question(out, &md_decision, &id, dc, i, -1);
	bp_buf_free(&id);
}

static void
md_decide(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_decision *dc, const struct bp_opts *o)
{
	md_title(out, d);
	bp_walk_decision(out, dc, o, &md_decision);
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

	for (i = 0; (src = bp_cited_next(d, refs, &i)) != NULL;) {
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

/* An entry of the contents: a part (id NULL) or one of its items. */
static void
md_entry(void *arg, enum bp_part p, const struct bp_text *id, const char *s,
    size_t len)
{
	md_toc(((struct bp_page *)arg)->out, id != NULL ?
	    bp_parts[p].item : bp_parts[p].anchor, id, s, len);
}

/* A part with a heading of its own: anchored; the sources stand apart. */
static void
md_part(void *arg, enum bp_part p, int open)
{
	struct bp_buf	*out = ((struct bp_page *)arg)->out;

	if (!open)
		return;
	bp_buf_putc(out, '\n');
	md_anchored(out, 2, bp_parts[p].anchor, NULL, BP_PART_HEAD(p));
	if (p == BP_PART_SOURCES)
		bp_buf_putc(out, '\n');
}

static void
md_summary(void *arg, const struct bp_text *t)
{
	md_prose(((struct bp_page *)arg)->out, t);
}

static void
md_anchored_list(void *arg, const struct bp_subject *s, const char *label,
    size_t len)
{
	struct bp_buf	*out = ((struct bp_page *)arg)->out;

	bp_buf_putc(out, '\n');
	md_anchored(out, 2, bp_parts[BP_PART_CHOOSE].item, &s->id, label,
	    len);
	bp_buf_putc(out, '\n');
}

static void
md_anchored_item(void *arg, const struct bp_text *t)
{
	md_choose_item(((struct bp_page *)arg)->out, t);
}

static void
md_features(void *arg)
{
	struct bp_page	*pg = arg;

	bp_buf_putc(pg->out, '\n');
	md_table(pg->out, pg->d, pg->o);
}

static void
md_section_part(void *arg, const struct bp_section *sec)
{
	struct bp_page	*pg = arg;

	bp_buf_putc(pg->out, '\n');
	md_anchored(pg->out, 2, bp_parts[BP_PART_SECTIONS].item, &sec->id,
	    sec->title.s, sec->title.len);
	md_prose(pg->out, &sec->body);
	md_citations(pg->out, pg->d, &sec->sources);
}

static void
md_faq_part(void *arg, const struct bp_faq *f)
{
	struct bp_page	*pg = arg;

	bp_buf_putc(pg->out, '\n');
	md_anchored(pg->out, 3, bp_parts[BP_PART_FAQ].item, &f->id,
	    f->question.s, f->question.len);
	md_prose(pg->out, &f->answer);
	md_citations(pg->out, pg->d, &f->sources);
}

static void
md_source_part(void *arg, size_t number, const struct bp_source *src)
{
	struct bp_buf	*out = ((struct bp_page *)arg)->out;

	bp_buf_printf(out, "%zu. ", number);
	md_anchor(out, bp_parts[BP_PART_SOURCES].item, &src->id);
	md_link(out, src);
}

static void
md_export(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	static const struct bp_choose_ops	 lists = { md_anchored_list,
						    md_anchored_item, NULL };
	static const struct bp_export_ops	 ops = { md_entry, NULL,
						    md_part,
						    md_summary, &lists,
						    md_features,
						    md_section_part,
						    md_faq_part,
						    md_source_part };
	struct bp_page			 pg = { out, d, o };

	md_title(out, d);
	bp_buf_putc(out, '\n');
	md_heading(out, 2, LIT("Contents"));
	bp_buf_putc(out, '\n');
	bp_walk_export(d, o, &ops, &pg);
}

/* ---- diff: a release note. ---- */

/* The runs: what went out struck through, what came in in bold. */
static const char *const md_fence[] = { "", "~~", "**" };

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
		bp_walk_runs(out, &ms->raw, &ms->wd, bp_md_inline, md_fence,
		    md_fence);
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
