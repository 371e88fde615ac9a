/*
 * The composite results, each walked once: the "Choose X if" lists, the
 * whole document (export), search's hits, a word diff's runs and a
 * decision (decide's result).  The walker
 * decides what comes in what order, and words it (query/decide_text.c);
 * each format supplies the markup, as cmark's renderers supply theirs to
 * one walk of the tree.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_buf.h"
#include "base/bp_shell.h"
#include "model/bp_doc.h"
#include "query/bp_decide.h"
#include "query/bp_search.h"
#include "query/bp_wdiff.h"
#include "render/bp_render.h"
#include "render/bp_walk.h"

/* "- `id` text": a question (with its answer's mark, when given) or a feature. */
static void
walk_item(struct bp_buf *out, const struct bp_decision_markup *m,
    const char *mark, const char *id, size_t idlen, const struct bp_text *t)
{
	bp_buf_puts(out, m->item[0]);
	if (mark != NULL)
		bp_buf_puts(out, mark);
	m->code(out, id, idlen);
	bp_buf_putc(out, ' ');
	if (t->s != NULL)
		m->text(out, t->s, t->len);
	bp_buf_puts(out, m->item[1]);
}

void
bp_walk_question(struct bp_buf *out, const struct bp_decision_markup *m,
    struct bp_buf *id, const struct bp_decision *dc, size_t i, int answer)
{
	id->len = 0;
	bp_question_id(id, dc, i);
	walk_item(out, m, answer < 0 ? NULL : m->marks[answer], id->data,
	    id->len, bp_question_text(dc, i));
}

/* "<before>text<after>", the text escaped. */
static void
around(struct bp_buf *out, const struct bp_decision_markup *m,
    const char *const mk[2], const char *s, size_t len)
{
	bp_buf_puts(out, mk[0]);
	m->text(out, s, len);
	bp_buf_puts(out, mk[1]);
}

/* The questions of one group: the list opened before the first, closed after the last. */
struct group {
	struct bp_buf				*out;
	const struct bp_decision_markup		*m;
	struct bp_buf				 id;
	int					 open;
};

static void
question(struct group *g, const struct bp_decision *dc, size_t i, int answer)
{
	if (!g->open) {
		g->open = 1;
		bp_buf_puts(g->out, g->m->list[0]);
	}
	bp_walk_question(g->out, g->m, &g->id, dc, i, answer);
}

static void
group_end(struct group *g)
{
	if (g->open)
		bp_buf_puts(g->out, g->m->list[1]);
	g->open = 0;
}

void
bp_walk_decision(struct bp_buf *out, const struct bp_decision *dc,
    const struct bp_opts *o, const struct bp_decision_markup *m)
{
	const struct bp_doc	*d = dc->doc;
	const struct bp_feature	*f;
	struct bp_buf		 line = BP_BUF_INIT, id = BP_BUF_INIT;
	struct group		 g = { out, m, BP_BUF_INIT, 0 };
	size_t			 s, k, i, r;

	bp_decision_lean(&line, dc);
	around(out, m, m->lean, line.data, line.len);
	line.len = 0;
	bp_decision_firm(&line, dc);
	if (line.len > 0)
		around(out, m, m->firm, line.data, line.len);
	for (s = 0; s < d->nsubjects; s++) {
		line.len = 0;
		bp_decision_count(&line, dc, s);
		around(out, m, m->group, line.data, line.len);
		if (dc->by == BP_BY_FEATURES) {
			for (r = 0; r < d->nfeatures; r++)
				if (dc->picks[r] == BP_PICK_SUBJECT + s)
					question(&g, dc, r, -1);
		} else
			for (k = dc->crit.start[s]; k < dc->crit.start[s + 1];
			    k++) {
				i = dc->crit.slot[k];
				question(&g, dc, i, dc->answers[i] <=
				    BP_ANS_NO ? dc->answers[i] : BP_ANS_NONE);
			}
		group_end(&g);
	}
	/* By features, those picked for neither, as the text says them. */
	for (r = k = 0; dc->by == BP_BY_FEATURES && r < d->nfeatures; r++)
		k += dc->picks[r] == BP_PICK_EITHER;
	if (k > 0) {
		line.len = 0;
		bp_buf_printf(&line, "Either: %zu", k);
		around(out, m, m->group, line.data, line.len);
		for (r = 0; r < d->nfeatures; r++)
			if (dc->picks[r] == BP_PICK_EITHER)
				question(&g, dc, r, -1);
		group_end(&g);
	}
	bp_buf_puts(out, m->lean_end);
	/* By features, the lists above name the rows already. */
	if (dc->tally.lean != BP_LEAN_NONE && d->nfeatures > 0 &&
	    dc->by == BP_BY_CRITERIA) {
		line.len = 0;
		bp_decision_rows_title(&line, dc);
		around(out, m, m->rows[dc->nrows > 0], line.data, line.len);
		for (k = 0; k < dc->nrows; k++) {
			f = &d->features[dc->rows[k]];
			walk_item(out, m, NULL, f->id.s, f->id.len,
			    &f->label);
		}
		bp_buf_puts(out, m->rows_end[dc->nrows > 0]);
	}
	if (dc->read != NULL && dc->read->id.s != NULL) {
		line.len = 0;
		bp_buf_puts(&id, "show ");
		bp_buf_putn(&id, dc->read->id.s, dc->read->id.len);
		bp_command(&line, o->data, id.data);
		bp_buf_puts(out, m->read[0]);
		m->text(out, dc->read->title.s, dc->read->title.len);
		bp_buf_puts(out, m->read[1]);
		m->code(out, line.data, line.len);
		bp_buf_puts(out, m->read[2]);
	}
	around(out, m, m->note, bp_decision_note(dc),
	    strlen(bp_decision_note(dc)));
	bp_buf_free(&line);
	bp_buf_free(&id);
	bp_buf_free(&g.id);
}

void
bp_walk_choose(const struct bp_doc *d, const struct bp_opts *o,
    const struct bp_choose_ops *ops, void *arg)
{
	const struct bp_subject	*s;
	const struct bp_choice	*c;
	struct bp_buf		 label = BP_BUF_INIT;
	size_t			 i, k;

	/* In subject order, whatever order the choose mapping has. */
	for (i = 0; i < bp_cols_n(d, o); i++) {
		s = &d->subjects[bp_col(d, o, i)];
		if ((c = bp_choice_for(d, s->id.s)) == NULL || c->items.n == 0)
			continue;
		label.len = 0;
		bp_choose_label(&label, s);
		ops->list(arg, s, label.data, label.len);
		for (k = 0; ops->item != NULL && k < c->items.n; k++)
			ops->item(arg, &c->items.v[k]);
		if (ops->list_end != NULL)
			ops->list_end(arg);
	}
	bp_buf_free(&label);
}

/* The contents' entries for the choose lists: their labels alone. */
struct entries {
	const struct bp_export_ops	*ops;
	void				*arg;
};

static void
choose_entry(void *arg, const struct bp_subject *s, const char *label,
    size_t len)
{
	struct entries	*e = arg;

	e->ops->entry(e->arg, BP_PART_CHOOSE, &s->id, label, len);
}

static void
contents(const struct bp_doc *d, const struct bp_opts *o,
    const struct bp_export_ops *ops, void *arg)
{
	static const struct bp_choose_ops	 lists = { choose_entry, NULL,
						    NULL };
	struct entries				 e = { ops, arg };
	size_t					 i;
	int					 p;

	for (p = 0; p < BP_PART__MAX; p++) {
		if (!bp_part_present(d, o, (enum bp_part)p))
			continue;
		if (bp_parts[p].heading != NULL)
			ops->entry(arg, (enum bp_part)p, NULL,
			    BP_PART_HEAD(p));
		if (p == BP_PART_CHOOSE)
			bp_walk_choose(d, o, &lists, &e);
		for (i = 0; p == BP_PART_SECTIONS && i < d->nsections; i++)
			ops->entry(arg, BP_PART_SECTIONS, &d->sections[i].id,
			    d->sections[i].title.s, d->sections[i].title.len);
	}
	if (ops->contents_end != NULL)
		ops->contents_end(arg);
}

void
bp_walk_export(const struct bp_doc *d, const struct bp_opts *o,
    const struct bp_export_ops *ops, void *arg)
{
	size_t	 i;
	int	 p;

	if (ops->entry != NULL)
		contents(d, o, ops, arg);
	for (p = 0; p < BP_PART__MAX; p++) {
		if (!bp_part_present(d, o, (enum bp_part)p))
			continue;
		if (bp_parts[p].heading != NULL)
			ops->part(arg, (enum bp_part)p, 1);
		switch ((enum bp_part)p) {
		case BP_PART_VERDICT:
			ops->summary(arg, &d->summary);
			break;
		case BP_PART_CHOOSE:
			bp_walk_choose(d, o, ops->choose, arg);
			break;
		case BP_PART_FEATURES:
			ops->features(arg);
			break;
		case BP_PART_SECTIONS:
			for (i = 0; i < d->nsections; i++)
				ops->section(arg, &d->sections[i]);
			break;
		case BP_PART_FAQ:
			for (i = 0; i < d->nfaqs; i++)
				ops->faq(arg, &d->faqs[i]);
			break;
		case BP_PART_SOURCES:
			for (i = 0; i < d->nsources; i++)
				ops->source(arg, i + 1, &d->sources[i]);
			break;
		case BP_PART__MAX:
			break;
		}
		if (bp_parts[p].heading != NULL)
			ops->part(arg, (enum bp_part)p, 0);
	}
}

/* search's hits: each item's heading and command, its hits under it. */
struct hits {
	struct bp_buf			*out;
	const struct bp_opts		*o;
	const struct bp_hits_markup	*m;
	struct bp_buf			 text;
	int				 open;	/* an item is open */
};

static void
hit(const struct bp_hit *h, void *arg)
{
	struct hits			*w = arg;
	const struct bp_hits_markup	*m = w->m;
	struct bp_buf			*out = w->out;
	struct bp_span			*spans;
	char				*snip;
	size_t				 k, n, at;

	if (h->first) {
		if (w->open)
			bp_buf_puts(out, m->item_end);
		w->open = 1;
		w->text.len = 0;
		bp_hit_heading(&w->text, h);
		bp_buf_puts(out, m->item[0]);
		m->text(out, w->text.data, w->text.len);
		bp_buf_puts(out, m->item[1]);
		w->text.len = 0;
		bp_hit_command(&w->text, h, w->o->data);
		m->code(out, w->text.data, w->text.len);
		bp_buf_puts(out, m->item[2]);
	}
	w->text.len = 0;
	bp_hit_field(&w->text, h);
	bp_buf_puts(out, m->hit[0]);
	m->text(out, w->text.data, w->text.len);
	bp_buf_puts(out, ": ");
	snip = bp_hit_snippet(h, 0, &spans, &n);
	for (at = 0, k = 0; k < n; k++) {
		m->excerpt(out, snip + at, spans[k].start - at);
		bp_buf_puts(out, m->mark[0]);
		m->excerpt(out, snip + spans[k].start,
		    spans[k].end - spans[k].start);
		bp_buf_puts(out, m->mark[1]);
		at = spans[k].end;
	}
	m->excerpt(out, snip + at, strlen(snip) - at);
	bp_buf_puts(out, m->hit[1]);
	free(snip);
	free(spans);
}

void
bp_walk_hits(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_query *q, const struct bp_opts *o,
    const struct bp_hits_markup *m)
{
	struct hits	 w = { out, o, m, BP_BUF_INIT, 0 };

	bp_search_hits(d, q, hit, &w);
	if (w.open)
		bp_buf_puts(out, m->item_end);
	bp_buf_free(&w.text);
}

void
bp_walk_runs(struct bp_buf *out, struct bp_buf *raw, const struct bp_wdiff *wd,
    void (*esc)(struct bp_buf *, const char *, size_t),
    const char *const open[3], const char *const close[3])
{
	const struct bp_run	*r;
	const char		*w;
	size_t			 i, at, wl;

	for (i = 0; i < wd->n; i++) {
		r = &wd->v[i];
		if (i > 0)
			bp_buf_putc(out, ' ');
		bp_buf_puts(out, open[r->op]);
		raw->len = 0;
		for (at = 0; bp_wdiff_next(r->s, r->len, &at, &w, &wl); ) {
			if (raw->len >= BP_WALK_WINDOW) {
				esc(out, raw->data, raw->len);
				bp_buf_putc(out, ' ');
				raw->len = 0;
			}
			if (raw->len > 0)
				bp_buf_putc(raw, ' ');
			bp_buf_putn(raw, w, wl);
		}
		esc(out, raw->data, raw->len);
		bp_buf_puts(out, close[r->op]);
	}
}
