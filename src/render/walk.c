/*
 * The composite results, each walked once: a decision (decide's result).
 * The walker decides what comes in what order, and words it
 * (query/decide_text.c); each format supplies the markup, as cmark's
 * renderers supply theirs to one walk of the tree.
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
	line.len = 0;
	bp_decision_firm(&line, dc);
	if (line.len > 0)
		ops->firm(arg, line.data, line.len);
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
