/* Markdown (GitHub-flavoured) output: headings, paragraphs, lists and a pipe table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_doc.h"
#include "bp_render.h"
#include "bp_text.h"

/*
 * Appends text as Markdown inline content: controls made visible first,
 * then every character that could start markup escaped with a backslash.
 * In a table cell (cell != 0) newlines become spaces and '|' is escaped.
 */
static void
md_inline(struct bp_buf *out, const char *s, size_t len, int cell)
{
	struct bp_buf	 safe = BP_BUF_INIT;
	size_t		 i;
	int		 linestart = 1;

	bp_text_safe(&safe, s, len);
	for (i = 0; i < safe.len; i++) {
		char	 c = safe.data[i];

		if (c == '\n') {
			bp_buf_putc(out, cell ? ' ' : '\n');
			linestart = 1;
			continue;
		}
		/* '#' anywhere: a heading's trailing " #" would close it. */
		if (strchr("\\`*_[]<>|~&!#", c) != NULL ||
		    (linestart && strchr("+-=:", c) != NULL))
			bp_buf_putc(out, '\\');
		/* "1." or "1)" at the start of a line would open a list. */
		if (linestart && c >= '0' && c <= '9') {
			size_t	 k = i;

			while (k < safe.len && safe.data[k] >= '0' &&
			    safe.data[k] <= '9')
				k++;
			bp_buf_putn(out, safe.data + i, k - i);
			if (k < safe.len && (safe.data[k] == '.' ||
			    safe.data[k] == ')'))
				bp_buf_putc(out, '\\');
			i = k - 1;
			linestart = 0;
			continue;
		}
		if (c != ' ')
			linestart = 0;
		bp_buf_putc(out, c);
	}
	bp_buf_free(&safe);
}

static void
md_text(struct bp_buf *out, const struct bp_text *t)
{
	md_inline(out, t->s, t->len, 0);
}

static void
md_heading(struct bp_buf *out, int level, const char *s, size_t len)
{
	bp_buf_repeat(out, "#", (size_t)level);
	bp_buf_putc(out, ' ');
	md_inline(out, s, len, 1);
	bp_buf_putc(out, '\n');
}

static void
md_para(const char *s, size_t len, void *arg)
{
	struct bp_buf	*out = arg;

	bp_buf_putc(out, '\n');
	md_inline(out, s, len, 0);
	bp_buf_putc(out, '\n');
}

/* Prose: one Markdown paragraph per paragraph, each after a blank line. */
static void
md_prose(struct bp_buf *out, const struct bp_text *t)
{
	bp_text_paragraphs(t->s, t->len, md_para, out);
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
		bp_buf_putc(out, '[');
		md_text(out, &src->title);
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
	md_heading(out, level, "Sources", 7);
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
	md_heading(out, 2, "Quick verdict", 13);
	md_prose(out, &d->summary);
}

static void
md_cell(struct bp_buf *out, const char *s, size_t len)
{
	bp_buf_putc(out, ' ');
	md_inline(out, s, len, 1);
	bp_buf_puts(out, " |");
}

static void
md_compare(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	const struct bp_feature	*f;
	const struct bp_subject	*s;
	const struct bp_value	*v;
	size_t			 r, c, n;
	int			 edges = 0;
	struct bp_by_subject	 by;
	const struct bp_value	**values;

	n = o->rows != NULL ? o->nrows : d->nfeatures;
	for (r = 0; r < n; r++)
		if (d->features[o->rows ? o->rows[r] : r].edge.s != NULL)
			edges = 1;
	bp_by_subject_init(&by, d);
	values = bp_calloc(d->nsubjects, sizeof(*values));
	md_title(out, d);
	bp_buf_puts(out, "\n|");
	md_cell(out, "Feature", 7);
	for (c = 0; c < d->nsubjects; c++)
		md_cell(out, d->subjects[c].shortname.s,
		    d->subjects[c].shortname.len);
	if (edges)
		md_cell(out, "Edge", 4);
	bp_buf_puts(out, "\n|");
	for (c = 0; c < d->nsubjects + 1 + (size_t)edges; c++)
		bp_buf_puts(out, " --- |");
	bp_buf_putc(out, '\n');
	for (r = 0; r < n; r++) {
		f = &d->features[o->rows ? o->rows[r] : r];
		bp_buf_putc(out, '|');
		md_cell(out, f->label.s, f->label.len);
		bp_by_subject(&by, f, values);
		for (c = 0; c < d->nsubjects; c++) {
			v = values[c];
			md_cell(out, v ? v->text.s : "", v ? v->text.len : 0);
		}
		if (!edges) {
			bp_buf_putc(out, '\n');
			continue;
		}
		if (f->edge.s == NULL)
			md_cell(out, "", 0);
		else if (strcmp(f->edge.s, "tie") == 0)
			md_cell(out, "Tie", 3);
		else if ((s = bp_subject_by_id(d, f->edge.s)) != NULL) {
			/* Bold, as the terminal highlights it. */
			bp_buf_puts(out, " **");
			md_inline(out, s->shortname.s, s->shortname.len, 1);
			bp_buf_puts(out, "** |");
		}
		bp_buf_putc(out, '\n');
	}
	free(values);
	bp_by_subject_free(&by);
}

static void
md_verdict(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	const struct bp_subject	*s;
	const struct bp_choice	*c;
	size_t			 i, k;

	(void)o;
	md_title(out, d);
	bp_buf_putc(out, '\n');
	md_heading(out, 2, "Quick verdict", 13);
	md_prose(out, &d->summary);
	for (i = 0; i < d->nsubjects; i++) {
		s = &d->subjects[i];
		if ((c = bp_choice_for(d, s->id.s)) == NULL || c->items.n == 0)
			continue;
		bp_buf_puts(out, "\n## Choose ");
		if (s->label.s != NULL)
			md_inline(out, s->label.s, s->label.len, 1);
		else
			md_inline(out, s->shortname.s, s->shortname.len, 1);
		bp_buf_puts(out, " if:\n\n");
		for (k = 0; k < c->items.n; k++) {
			bp_buf_puts(out, "- ");
			md_inline(out, c->items.v[k].s, c->items.v[k].len, 1);
			bp_buf_putc(out, '\n');
		}
	}
}

static void
md_faq_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	size_t	 i;

	(void)o;
	md_heading(out, 1, "Frequently asked questions", 26);
	bp_buf_putc(out, '\n');
	for (i = 0; i < d->nfaqs; i++) {
		/* Ids are [a-z0-9-]: safe inside a code span. */
		bp_buf_printf(out, "%zu. ", i + 1);
		md_inline(out, d->faqs[i].question.s, d->faqs[i].question.len,
		    1);
		bp_buf_printf(out, " (`%s`)\n", d->faqs[i].id.s);
	}
}

static void
md_faq(struct bp_buf *out, const struct bp_doc *d, const struct bp_faq *f,
    const struct bp_opts *o)
{
	(void)o;
	md_heading(out, 2, f->question.s, f->question.len);
	md_prose(out, &f->answer);
	md_cited(out, d, &f->sources, 3);
}

static void
md_section_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	size_t	 i;

	(void)o;
	md_heading(out, 1, "Sections", 8);
	bp_buf_putc(out, '\n');
	for (i = 0; i < d->nsections; i++) {
		bp_buf_printf(out, "- `%s`: ", d->sections[i].id.s);
		md_inline(out, d->sections[i].title.s,
		    d->sections[i].title.len, 1);
		bp_buf_putc(out, '\n');
	}
}

static void
md_section(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_section *s, const struct bp_opts *o)
{
	(void)o;
	md_heading(out, 2, s->title.s, s->title.len);
	md_prose(out, &s->body);
	md_cited(out, d, &s->sources, 3);
}

static void
md_sources(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	size_t	 i;

	(void)o;
	md_heading(out, 1, "Sources", 7);
	bp_buf_putc(out, '\n');
	for (i = 0; i < d->nsources; i++) {
		bp_buf_printf(out, "%zu. ", i + 1);
		md_link(out, &d->sources[i]);
	}
}

static void
md_search(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_hits *hits, const struct bp_opts *o)
{
	const struct bp_hit	*h, *prev = NULL;
	struct bp_span		*spans;
	struct bp_buf		 text = BP_BUF_INIT;
	char			*snip, *cmd;
	size_t			 i, k, n, at;

	(void)o;
	md_heading(out, 1, "Search", 6);
	bp_buf_putc(out, '\n');
	for (i = 0; i < hits->n; i++) {
		h = &hits->v[i];
		if (prev == NULL || prev->where != h->where ||
		    prev->id != h->id) {
			/* Commands are bpolpo's own words: a code span. */
			cmd = bp_hit_command(h);
			text.len = 0;
			bp_hit_heading(&text, d, h);
			bp_buf_puts(out, "- **");
			md_inline(out, text.data, text.len, 1);
			bp_buf_printf(out, "** (`%s`)\n", cmd);
			free(cmd);
		}
		prev = h;
		text.len = 0;
		bp_hit_field(&text, d, h);
		bp_buf_puts(out, "  - ");
		md_inline(out, text.data, text.len, 1);
		bp_buf_puts(out, ": ");
		snip = bp_hit_snippet(h, "…", &spans, &n);
		for (at = 0, k = 0; k < n; k++) {
			md_inline(out, snip + at, spans[k].start - at, 1);
			bp_buf_puts(out, "**");
			md_inline(out, snip + spans[k].start,
			    spans[k].end - spans[k].start, 1);
			bp_buf_puts(out, "**");
			at = spans[k].end;
		}
		md_inline(out, snip + at, strlen(snip) - at, 1);
		bp_buf_putc(out, '\n');
		free(snip);
		free(spans);
	}
	bp_buf_free(&text);
}

const struct bp_renderer bp_md_renderer = {
	md_overview,
	md_compare,
	md_verdict,
	md_faq_list,
	md_faq,
	md_section_list,
	md_section,
	md_sources,
	md_search,
};
