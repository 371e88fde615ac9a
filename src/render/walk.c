/*
 * The composite results, each walked once: the "Choose X if" lists, the
 * whole document (export) and a decision (decide's result).  The walker
 * decides what comes in what order, and words it (query/decide_text.c);
 * each format supplies the markup, as cmark's renderers supply theirs to
 * one walk of the tree.
 */
#include <stddef.h>
#include <string.h>

#include "base/bp_buf.h"
#include "base/bp_shell.h"
#include "model/bp_doc.h"
#include "query/bp_decide.h"
#include "render/bp_render.h"
#include "render/bp_walk.h"

/* The questions of one group: the list opened before the first, closed after the last. */
static void
question(const struct bp_decision_ops *ops, void *arg,
    const struct bp_decision *dc, size_t i, int answer, int *open)
{
	if (!*open) {
		*open = 1;
		ops->list(arg, 1);
	}
	ops->question(arg, dc, i, answer);
}

void
bp_walk_decision(const struct bp_decision *dc, const struct bp_opts *o,
    const struct bp_decision_ops *ops, void *arg)
{
	const struct bp_doc	*d = dc->doc;
	struct bp_buf		 line = BP_BUF_INIT, id = BP_BUF_INIT;
	size_t			 s, k, i, r;
	int			 open;

	bp_decision_lean(&line, dc);
	ops->lean(arg, line.data, line.len);
	for (s = 0; s < d->nsubjects; s++) {
		line.len = 0;
		bp_decision_count(&line, dc, s);
		ops->group(arg, line.data, line.len);
		open = 0;
		if (dc->by == BP_BY_FEATURES) {
			for (r = 0; r < d->nfeatures; r++)
				if (dc->picks[r] == BP_PICK_SUBJECT + s)
					question(ops, arg, dc, r, -1, &open);
		} else
			for (k = dc->crit.start[s]; k < dc->crit.start[s + 1];
			    k++) {
				i = dc->crit.slot[k];
				question(ops, arg, dc, i, dc->answers[i] <=
				    BP_ANS_NO ? dc->answers[i] : BP_ANS_NONE,
				    &open);
			}
		if (open)
			ops->list(arg, 0);
	}
	/* By features, those picked for neither, as the text says them. */
	for (r = k = 0; dc->by == BP_BY_FEATURES && r < d->nfeatures; r++)
		k += dc->picks[r] == BP_PICK_EITHER;
	if (k > 0) {
		line.len = 0;
		bp_buf_printf(&line, "Either: %zu", k);
		ops->group(arg, line.data, line.len);
		open = 0;
		for (r = 0; r < d->nfeatures; r++)
			if (dc->picks[r] == BP_PICK_EITHER)
				question(ops, arg, dc, r, -1, &open);
		ops->list(arg, 0);
	}
	ops->lean_end(arg);
	/* By features, the lists above name the rows already. */
	if (dc->tally.lean != BP_LEAN_NONE && d->nfeatures > 0 &&
	    dc->by == BP_BY_CRITERIA) {
		line.len = 0;
		bp_decision_rows_title(&line, dc);
		ops->rows(arg, line.data, line.len, dc->nrows);
		for (k = 0; k < dc->nrows; k++)
			ops->row(arg, &d->features[dc->rows[k]]);
		ops->rows_end(arg, dc->nrows);
	}
	if (dc->read != NULL && dc->read->id.s != NULL) {
		line.len = 0;
		bp_buf_puts(&id, "show ");
		bp_buf_putn(&id, dc->read->id.s, dc->read->id.len);
		bp_command(&line, o->data, id.data);
		ops->read(arg, dc->read, line.data, line.len);
	}
	ops->note(arg, bp_decision_note(dc));
	bp_buf_free(&line);
	bp_buf_free(&id);
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
