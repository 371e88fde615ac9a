/* JSON output: one document per command, written as it goes, strings escaped as cJSON escapes them. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_suggest.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "model/bp_problem.h"
#include "model/bp_schema.h"
#include "query/bp_decide.h"
#include "query/bp_diff.h"
#include "query/bp_lookup.h"
#include "query/bp_search.h"
#include "render/bp_json.h"
#include "render/bp_render.h"



/* ---- Values from the data. ---- */

static void
texts(struct bp_jw *w, const struct bp_texts *t)
{
	size_t	 i;

	bp_jw_open_c(w, '[');
	for (i = 0; i < t->n; i++) {
		bp_jw_next(w);
		bp_jw_text_value(w, &t->v[i]);
	}
	bp_jw_close_c(w, ']');
}

static void	object(struct bp_jw *, const struct bp_doc *, const void *,
		    const struct bp_kind *, int);

/* Source references: the ids as written, or (resolve) the sources they name. */
static void
refs(struct bp_jw *w, const struct bp_doc *d, const struct bp_texts *r,
    int resolve)
{
	const struct bp_source	*s;
	size_t			 i;

	if (!resolve) {
		texts(w, r);
		return;
	}
	bp_jw_open_c(w, '[');
	for (i = 0; i < r->n; i++)
		if ((s = bp_source_by_id(d, r->v[i].s)) != NULL) {
			bp_jw_next(w);
			object(w, d, s, &bp_source_kind, 0);
		}
	bp_jw_close_c(w, ']');
}

/* A feature's values, keyed by subject id in the order of the subjects. */
static void
values(struct bp_jw *w, const struct bp_doc *d, const struct bp_feature *f)
{
	struct bp_by_subject	 by;
	const struct bp_value	**v;
	size_t			 i;

	bp_by_subject_init(&by, d);
	v = bp_calloc(d->nsubjects + 1, sizeof(*v));
	bp_by_subject(&by, f, v);
	bp_jw_open_c(w, '{');
	for (i = 0; i < bp_jw_cols_n(w, d); i++)
		if (v[bp_jw_col(w, d, i)] != NULL)
			bp_jw_text_member(w, v[bp_jw_col(w, d, i)]->subject.s,
			    &v[bp_jw_col(w, d, i)]->text);
	bp_jw_close_c(w, '}');
	free(v);
	bp_by_subject_free(&by);
}

/* The choose lists, keyed by subject id in the order of the subjects. */
static void
choose(struct bp_jw *w, const struct bp_doc *d)
{
	const struct bp_choice	*c;
	size_t			 i;

	bp_jw_open_c(w, '{');
	for (i = 0; i < bp_jw_cols_n(w, d); i++)
		if ((c = bp_choice_for(d, d->subjects[bp_jw_col(w, d, i)].id.s)) !=
		    NULL) {
			bp_jw_key(w, c->subject.s);
			texts(w, &c->items);
		}
	bp_jw_close_c(w, '}');
}

/*
 * A struct as a JSON object, its keys in the order the file gave them,
 * each written as its schema field says (bp_schema.h).  Source lists are
 * the ids as written, or (resolve) the sources they name.
 */
static void
object(struct bp_jw *w, const struct bp_doc *d, const void *base,
    const struct bp_kind *kind, int resolve)
{
	const struct bp_keys	*keys = (const struct bp_keys *)
				    ((const char *)base + kind->keysoff);
	const struct bp_field	*f;
	const void		*at;
	size_t			 i;

	bp_jw_open_c(w, '{');
	for (i = 0; i < keys->n; i++) {
		f = &kind->fields[keys->v[i]];
		at = (const char *)base + f->off;
		bp_jw_key(w, f->key);
		switch (f->type) {
		case BP_F_LINE:
		case BP_F_PROSE:
			bp_jw_text_value(w, at);
			break;
		case BP_F_LINES:
			texts(w, at);
			break;
		case BP_F_EDGE:
			/* As written: one id, or the list of those sharing it. */
			if (((const struct bp_text *)at)->s != NULL)
				bp_jw_text_value(w, at);
			else
				texts(w, (const void *)((const char *)base +
				    f->noff));
			break;
		case BP_F_REFS:
			refs(w, d, at, resolve);
			break;
		case BP_F_VALUES:
			values(w, d, base);
			break;
		case BP_F_CHOOSE:
		case BP_F_LIST:
			break;	/* only at the top: see bp_json_dump() */
		}
	}
	bp_jw_close_c(w, '}');
}

static void
bp_jw_subjects(struct bp_jw *w, const struct bp_doc *d)
{
	size_t	 i;

	bp_jw_key(w, "subjects");
	bp_jw_open_c(w, '[');
	for (i = 0; i < bp_jw_cols_n(w, d); i++) {
		bp_jw_next(w);
		object(w, d, &d->subjects[bp_jw_col(w, d, i)], &bp_subject_kind, 0);
	}
	bp_jw_close_c(w, ']');
}

static void
json_overview(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o, const struct bp_cmdinfo *cmds, size_t n)
{
	struct bp_jw	 w;

	(void)cmds;
	(void)n;
	bp_jw_begin(&w, out, o, "overview");
	bp_jw_heading(&w, d);
	bp_jw_text_member(&w, "summary", &d->summary);
	bp_jw_end(&w);
}

static void
json_compare(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	struct bp_jw	 w;
	size_t		 r, n;

	bp_jw_begin(&w, out, o, "compare");
	bp_jw_heading(&w, d);
	bp_jw_subjects(&w, d);
	bp_jw_key(&w, "features");
	bp_jw_open_c(&w, '[');
	n = bp_rows_n(d, o);
	for (r = 0; r < n; r++) {
		bp_jw_next(&w);
		object(&w, d, bp_row(d, o, r), &bp_feature_kind, 0);
	}
	bp_jw_close_c(&w, ']');
	bp_jw_end(&w);
}

static void
json_verdict(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	struct bp_jw	 w;

	bp_jw_begin(&w, out, o, "verdict");
	bp_jw_heading(&w, d);
	bp_jw_text_member(&w, "summary", &d->summary);
	bp_jw_subjects(&w, d);
	bp_jw_key(&w, "choose");
	choose(&w, d);
	bp_jw_end(&w);
}

/*
 * What faq, show and sources print: the query, when one picked the item,
 * and a list of n items of a kind (sources resolved where they cite
 * some).
 */
static void
json_items(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o, const char *command, const char *listkey,
    const struct bp_kind *kind, const void *items, size_t n)
{
	struct bp_jw	 w;
	size_t		 i;

	bp_jw_begin(&w, out, o, command);
	if (o->query != NULL) {
		bp_jw_key(&w, "query");
		bp_jw_argument(&w, o->query);
	}
	bp_jw_key(&w, listkey);
	bp_jw_open_c(&w, '[');
	for (i = 0; i < n; i++) {
		bp_jw_next(&w);
		object(&w, d, (const char *)items + i * kind->size, kind,
		    kind != &bp_source_kind);
	}
	bp_jw_close_c(&w, ']');
	bp_jw_end(&w);
}

static void
json_faq_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	json_items(out, d, o, "faq", "faq", &bp_faq_kind, d->faqs, d->nfaqs);
}

static void
json_faq(struct bp_buf *out, const struct bp_doc *d, const struct bp_faq *f,
    const struct bp_opts *o)
{
	json_items(out, d, o, "faq", "faq", &bp_faq_kind, f, 1);
}

static void
json_section_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	json_items(out, d, o, "show", "sections", &bp_section_kind,
	    d->sections, d->nsections);
}

static void
json_section(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_section *s, const struct bp_opts *o)
{
	json_items(out, d, o, "show", "sections", &bp_section_kind, s, 1);
}

static void
json_sources(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	json_items(out, d, o, "sources", "sources", &bp_source_kind,
	    d->sources, d->nsources);
}

static void
json_source(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_source *s, const struct bp_opts *o)
{
	json_items(out, d, o, "sources", "sources", &bp_source_kind, s, 1);
}

void
bp_json_ids(struct bp_buf *out, const struct bp_ids *ids,
    const struct bp_opts *o)
{
	struct bp_jw	 w;
	size_t		 i;

	memset(&w, 0, sizeof(w));
	w.out = out;
	w.compact = o->compact;
	bp_jw_open_c(&w, '[');
	for (i = 0; i < ids->n; i++) {
		bp_jw_next(&w);
		if (!ids->described) {
			bp_jw_text_value(&w, ids->id[i]);
			continue;
		}
		bp_jw_open_c(&w, '{');
		bp_jw_text_member(&w, "id", ids->id[i]);
		bp_jw_text_member(&w, "text", ids->text[i]);
		bp_jw_close_c(&w, '}');
	}
	bp_jw_close_c(&w, ']');
	bp_buf_putc(out, '\n');
}

/* Code points before byte offset off: offsets for languages that count so. */
static size_t
chars(const char *s, size_t off)
{
	size_t	 i, n = 0;

	for (i = 0; i < off; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			n++;
	return n;
}

struct search_out {
	struct bp_jw		*w;
	const struct bp_opts	*o;
};

/* One hit: an object with where it is, the command to see it and an excerpt. */
static void
json_hit(const struct bp_hit *x, void *arg)
{
	struct search_out	*so = arg;
	struct bp_jw		*w = so->w;
	struct bp_buf		 b = BP_BUF_INIT;
	struct bp_span		*spans;
	char			*snip;
	size_t			 k, n;

	bp_jw_next(w);
	bp_jw_open_c(w, '{');
	bp_jw_key(w, "where");
	bp_jw_string(w->out, bp_where_name(x->where), strlen(bp_where_name(x->where)));
	if (x->id != NULL)
		bp_jw_str_member(w, "id", x->id, strlen(x->id));
	/* The item's title, question or label, as text output heads it. */
	bp_hit_title(&b, x);
	bp_jw_str_member(w, "title", b.data, b.len);
	b.len = 0;
	bp_hit_field_name(&b, x);
	bp_jw_str_member(w, "field", b.data, b.len);
	b.len = 0;
	bp_hit_command(&b, x, so->o->data);
	bp_jw_str_member(w, "command", b.data, b.len);
	snip = bp_hit_snippet(x, 0, &spans, &n);
	bp_jw_str_member(w, "snippet", snip, strlen(snip));
	/* [start, end) of each match in the snippet, in code points. */
	bp_jw_key(w, "offsets");
	bp_buf_putc(w->out, '[');
	for (k = 0; k < n; k++)
		bp_buf_printf(w->out, "%s[%zu,%s%zu]", k == 0 ? "" :
		    w->compact ? "," : ", ", chars(snip, spans[k].start),
		    w->compact ? "" : " ", chars(snip, spans[k].end));
	bp_buf_putc(w->out, ']');
	bp_jw_close_c(w, '}');
	free(snip);
	free(spans);
	bp_buf_free(&b);
}

static void
json_search(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_query *q, const struct bp_opts *o)
{
	struct search_out	 so;
	struct bp_jw		 w;
	size_t			 i;

	bp_jw_begin(&w, out, o, "search");
	bp_jw_key(&w, "terms");
	bp_jw_open_c(&w, '[');
	for (i = 0; i < q->nterms; i++) {
		bp_jw_next(&w);
		bp_jw_argument(&w, q->terms[i]);
	}
	bp_jw_close_c(&w, ']');
	bp_jw_num_member(&w, "items", q->nitems);
	bp_jw_key(&w, "hits");
	bp_jw_open_c(&w, '[');
	so.w = &w;
	so.o = o;
	bp_search_hits(d, q, json_hit, &so);
	bp_jw_close_c(&w, ']');
	bp_jw_end(&w);
}

void
bp_json_lookup(struct bp_buf *out, const struct bp_doc *d,
    const char *command, int list, const char *query,
    const struct bp_match *m, const struct bp_query *sq,
    const struct bp_opts *o)
{
	static const char *const keys[BP_LIST__MAX] = { "faq", "sections",
	    "sources" };
	struct bp_buf	 cmd = BP_BUF_INIT;
	struct bp_jw	 w;
	size_t		 i;

	bp_jw_begin(&w, out, o, command);
	bp_jw_key(&w, "query");
	bp_jw_argument(&w, query);
	/* Nothing picked: an empty list, where one item would be. */
	bp_jw_key(&w, keys[list]);
	bp_jw_open_c(&w, '[');
	bp_jw_close_c(&w, ']');
	bp_jw_key(&w, "candidates");
	bp_jw_open_c(&w, '[');
	for (i = 0; m != NULL && i < m->best && m->n > 1; i++) {
		bp_jw_next(&w);
		bp_jw_open_c(&w, '{');
		bp_jw_text_member(&w, "id", bp_list_id(d, (enum bp_list)list,
		    m->v[i]));
		bp_jw_text_member(&w, "text", bp_list_name(d, (enum bp_list)list,
		    m->v[i]));
		bp_jw_close_c(&w, '}');
	}
	bp_jw_close_c(&w, ']');
	if (sq != NULL) {
		bp_search_command(&cmd, sq, o->data);
		bp_jw_key(&w, "search");
		bp_jw_open_c(&w, '{');
		bp_jw_str_member(&w, "command", cmd.data, cmd.len);
		bp_jw_num_member(&w, "items", sq->nitems);
		bp_jw_close_c(&w, '}');
	}
	bp_jw_end(&w);
	bp_buf_free(&cmd);
}

void
bp_json_check(struct bp_buf *out, const struct bp_diags *dg,
    const struct bp_opts *o)
{
	struct bp_jw	 w;
	size_t		 i, more = bp_diags_omitted(dg);

	bp_jw_begin(&w, out, o, "check");
	bp_jw_str_member(&w, "file", dg->file, strlen(dg->file));
	bp_jw_num_member(&w, "errors", dg->nerrors);
	bp_jw_num_member(&w, "warnings", dg->nwarnings);
	bp_jw_key(&w, "problems");
	bp_jw_open_c(&w, '[');
	for (i = 0; i < dg->n; i++) {
		bp_jw_next(&w);
		bp_jw_open_c(&w, '{');
		if (dg->v[i].at.line > 0) {
			bp_jw_num_member(&w, "line", dg->v[i].at.line);
			bp_jw_num_member(&w, "column", dg->v[i].at.col);
		}
		bp_jw_str_member(&w, "level", bp_level_name(dg->v[i].level),
		    strlen(bp_level_name(dg->v[i].level)));
		/* What a script matches: the message's words may change. */
		bp_jw_str_member(&w, "code", bp_problem_code((enum bp_problem)dg->v[i].code),
		    strlen(bp_problem_code((enum bp_problem)dg->v[i].code)));
		bp_jw_str_member(&w, "message", dg->v[i].msg, strlen(dg->v[i].msg));
		bp_jw_close_c(&w, '}');
	}
	bp_jw_close_c(&w, ']');
	if (more > 0)
		bp_jw_num_member(&w, "omitted", more);
	bp_jw_end(&w);
}

/* A top-level list of items of one kind. */
static void
items(struct bp_jw *w, const struct bp_doc *d, const struct bp_field *f)
{
	const char	*arr = *(const char *const *)((const char *)d + f->off);
	size_t		 n = *(const size_t *)((const char *)d + f->noff), i;

	bp_jw_open_c(w, '[');
	/* The subjects, as --subjects picks them (export): cols. */
	if (f->off == offsetof(struct bp_doc, subjects))
		for (i = 0; i < bp_jw_cols_n(w, d); i++) {
			bp_jw_next(w);
			object(w, d, &d->subjects[bp_jw_col(w, d, i)],
			    &bp_subject_kind, 0);
		}
	else
		for (i = 0; i < n; i++) {
			bp_jw_next(w);
			object(w, d, arr + i * f->kind->size, f->kind, 0);
		}
	bp_jw_close_c(w, ']');
}

void
bp_json_dump(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	const struct bp_field	*f;
	struct bp_jw		 w;
	size_t			 k;

	/* The data itself, key for key in file order: no "command" here. */
	memset(&w, 0, sizeof(w));
	w.out = out;
	w.compact = o->compact;
	w.o = o;	/* export --subjects */
	bp_jw_open_c(&w, '{');
	for (k = 0; k < d->keys.n; k++) {
		f = &bp_doc_fields[d->keys.v[k]];
		/* The format, text in the file, is a number here. */
		if (f->off == offsetof(struct bp_doc, format)) {
			bp_jw_num_member(&w, f->key, BP_JSON_FORMAT);
			continue;
		}
		bp_jw_key(&w, f->key);
		switch (f->type) {
		case BP_F_LINE:
		case BP_F_PROSE:
			bp_jw_text_value(&w, (const struct bp_text *)((const char *)d +
			    f->off));
			break;
		case BP_F_CHOOSE:
			choose(&w, d);
			break;
		case BP_F_LIST:
			items(&w, d, f);
			break;
		case BP_F_LINES:
		case BP_F_REFS:
		case BP_F_EDGE:
		case BP_F_VALUES:
			break;	/* not at the top */
		}
	}
	bp_jw_close_c(&w, '}');
	bp_buf_putc(out, '\n');
}

/* One change as an object of the "changes" array; keys only where it has them. */
static void
json_change(const struct bp_diff_item *it, void *arg)
{
	static const char *const changes[] = { "added", "removed", "changed",
	    "moved" };
	struct bp_jw	*w = arg;

	bp_jw_next(w);
	bp_jw_open_c(w, '{');
	bp_jw_str_member(w, "change", changes[it->change],
	    strlen(changes[it->change]));
	bp_jw_str_member(w, "what", it->what, strlen(it->what));
	if (it->id != NULL)
		bp_jw_str_member(w, "id", it->id, strlen(it->id));
	if (it->key != NULL)
		bp_jw_str_member(w, "key", it->key, strlen(it->key));
	if (it->old != NULL)
		bp_jw_str_member(w, "old", it->old, it->oldlen);
	if (it->new != NULL)
		bp_jw_str_member(w, "new", it->new, it->newlen);
	if (it->change == BP_CH_MOVED) {
		bp_jw_num_member(w, "from", it->from);
		bp_jw_num_member(w, "to", it->to);
	}
	bp_jw_close_c(w, '}');
}

/*
 * diff: the two sides as named, and each change with what it concerns,
 * written as the changes come (held, or found again as they are shown).
 */
static void
json_diff(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_diff *d, const char *oldname, const char *newname)
{
	struct bp_jw	 w;

	bp_jw_begin(&w, out, o, "diff");
	bp_jw_key(&w, "old");
	bp_jw_argument(&w, oldname);
	bp_jw_key(&w, "new");
	bp_jw_argument(&w, newname);
	bp_jw_num_member(&w, "differences", d->n);
	bp_jw_key(&w, "changes");
	bp_jw_open_c(&w, '[');
	bp_diff_each(d, json_change, &w);
	bp_jw_close_c(&w, ']');
	bp_jw_end(&w);
}

const struct bp_renderer bp_json_renderer = {
	.overview = json_overview,
	.compare = json_compare,
	.verdict = json_verdict,
	.faq_list = json_faq_list,
	.faq = json_faq,
	.section_list = json_section_list,
	.section = json_section,
	.sources = json_sources,
	.source = json_source,
	.search = json_search,
	.decide = bp_json_decide,
	.questions = bp_json_questions,
	.export = bp_json_dump,
	.diff = json_diff,
	.check = bp_json_check,
	.dump = bp_json_dump,
};
