/* decide for a terminal: the questions, one to ask, and the result. */
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"

#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "query/bp_decide.h"
#include "render/bp_render.h"
#include "render/bp_term.h"

/* A text the data may lack (it did not validate): nothing, never NULL. */
static void
put_text(struct bp_buf *out, const struct bp_text *t)
{
	if (t->s != NULL)
		bp_buf_putn(out, t->s, t->len);
}

static const char *const marks[] = { "–", "✓", "✗" };
static const char *const ascii_marks[] = { "?", "+", "-" };

/* "✓ tea.1": how criterion i was answered, and its id. */
static void
mark_key(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_decision *dc, size_t i)
{
	unsigned char	 a = dc->answers[i] <= BP_ANS_NO ? dc->answers[i] : 0;

	out->len = 0;
	bp_buf_puts(out, o->ascii ? ascii_marks[a] : marks[a]);
	bp_buf_putc(out, ' ');
	bp_criterion_id(out, &dc->crit, i);
}

/* Each subject's criteria, marked, under its count. */
static void
by_criteria(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_decision *dc)
{
	const struct bp_doc	*d = dc->doc;
	const struct bp_text	*t;
	struct bp_buf		 line = BP_BUF_INIT, mark = BP_BUF_INIT;
	struct bp_term_item	 item;
	size_t			 s, k, i, w, keyw = 0;

	for (i = 0; i < dc->crit.n; i++) {
		mark_key(&mark, o, dc, i);
		if ((w = bp_text_width(mark.data, mark.len)) > keyw)
			keyw = w;
	}
	memset(&item, 0, sizeof(item));
	item.key_style = BP_TS_ID;
	for (s = 0; s < d->nsubjects; s++) {
		line.len = 0;
		bp_decision_count(&line, dc, s);
		bp_buf_putc(out, '\n');
		bp_term_heading(out, o, line.data, line.len);
		for (k = dc->crit.start[s]; k < dc->crit.start[s + 1]; k++) {
			i = dc->crit.slot[k];
			mark_key(&mark, o, dc, i);
			t = bp_criterion_text(&dc->crit, i);
			item.key = mark.data;
			item.text = t->s != NULL ? t->s : "";
			item.len = t->len;
			bp_term_keyed_item(out, o, 2, keyw, &item);
		}
	}
	bp_buf_putc(out, '\n');
	line.len = 0;
	bp_buf_printf(&line, "%s fits, %s does not, %s not answered.",
	    o->ascii ? ascii_marks[BP_ANS_YES] : marks[BP_ANS_YES],
	    o->ascii ? ascii_marks[BP_ANS_NO] : marks[BP_ANS_NO],
	    o->ascii ? ascii_marks[BP_ANS_NONE] : marks[BP_ANS_NONE]);
	bp_term_wrapped(out, o, 0, NULL, line.data, line.len);
	bp_buf_free(&line);
	bp_buf_free(&mark);
}

/* The widest feature id of those listed (all when rows is NULL). */
static size_t
ids_width(const struct bp_doc *d, const size_t *rows, size_t n)
{
	size_t	 i, w, most = 0;

	for (i = 0; i < n; i++)
		if ((w = d->features[rows != NULL ? rows[i] : i].id.len) > most)
			most = w;
	return most;
}

/* A feature as "id  label". */
static void
feature_item(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_feature *f, size_t keyw)
{
	struct bp_term_item	 item;

	memset(&item, 0, sizeof(item));
	item.key = f->id.s != NULL ? f->id.s : "";
	item.text = f->label.s != NULL ? f->label.s : "";
	item.len = f->label.s != NULL ? f->label.len : 0;
	item.key_style = BP_TS_ID;
	bp_term_keyed_item(out, o, 2, keyw, &item);
}

/* Each subject's count of features picked for it, and which. */
static void
by_features(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_decision *dc)
{
	const struct bp_doc	*d = dc->doc;
	struct bp_buf		 line = BP_BUF_INIT;
	size_t			 s, r, either = 0, keyw;

	/* One column for the features listed: those picked. */
	for (r = keyw = 0; r < d->nfeatures; r++)
		if (dc->picks[r] != BP_PICK_NONE &&
		    d->features[r].id.len > keyw)
			keyw = d->features[r].id.len;
	for (s = 0; s < d->nsubjects; s++) {
		line.len = 0;
		bp_decision_count(&line, dc, s);
		bp_buf_putc(out, '\n');
		bp_term_heading(out, o, line.data, line.len);
		for (r = 0; r < d->nfeatures; r++)
			if (dc->picks[r] == BP_PICK_SUBJECT + s)
				feature_item(out, o, &d->features[r], keyw);
	}
	for (r = 0; r < d->nfeatures; r++)
		either += dc->picks[r] == BP_PICK_EITHER;
	if (either > 0) {
		bp_buf_putc(out, '\n');
		line.len = 0;
		bp_buf_printf(&line, "Either: %zu", either);
		bp_term_heading(out, o, line.data, line.len);
		for (r = 0; r < d->nfeatures; r++)
			if (dc->picks[r] == BP_PICK_EITHER)
				feature_item(out, o, &d->features[r], keyw);
	}
	bp_buf_free(&line);
}

/* Rows above this many are listed, not put in one command. */
#define ROWS_IN_COMMAND	12

/* " --subjects a,b": the subjects decide was given, for a command it suggests. */
static void
subjects_arg(struct bp_buf *args, const struct bp_opts *o,
    const struct bp_doc *d)
{
	size_t	 k;

	for (k = 0; o->subset && k < d->nsubjects; k++) {
		bp_buf_puts(args, k == 0 ? " --subjects " : ",");
		put_text(args, &d->subjects[k].id);
	}
}

/* The features that bear on the lean, and the command that shows them. */
static void
rows(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_decision *dc)
{
	const struct bp_doc	*d = dc->doc;
	struct bp_buf		 line = BP_BUF_INIT, args = BP_BUF_INIT;
	size_t			 k, keyw;

	if (dc->tally.lean == BP_LEAN_NONE || d->nfeatures == 0 ||
	    (dc->nrows == 0 && dc->by == BP_BY_FEATURES))
		return;
	bp_buf_putc(out, '\n');
	bp_decision_rows_title(&line, dc);
	if (dc->nrows == 0) {
		bp_buf_puts(&line, ": ");
		bp_buf_puts(&args, "compare");
		subjects_arg(&args, o, d);
		bp_term_run(out, o, line.data, args.data, " shows them all.");
		goto done;
	}
	/* By features, the lists above name them already. */
	if (dc->by == BP_BY_CRITERIA) {
		bp_term_heading(out, o, line.data, line.len);
		keyw = ids_width(d, dc->rows, dc->nrows);
		for (k = 0; k < dc->nrows; k++)
			feature_item(out, o, &d->features[dc->rows[k]], keyw);
	}
	if (dc->nrows <= ROWS_IN_COMMAND) {
		bp_buf_puts(&args, "compare --rows ");
		for (k = 0; k < dc->nrows; k++) {
			if (k > 0)
				bp_buf_putc(&args, ',');
			put_text(&args, &d->features[dc->rows[k]].id);
		}
		subjects_arg(&args, o, d);
		bp_term_run(out, o, "Side by side: ", args.data, "");
	}
done:
	bp_buf_free(&line);
	bp_buf_free(&args);
}

/* Where to read on: the section that speaks of it. */
static void
read_on(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_decision *dc)
{
	struct bp_buf	 args = BP_BUF_INIT, pre = BP_BUF_INIT;

	if (dc->read == NULL || dc->read->id.s == NULL)
		return;
	/* Under the rows, or on its own after a blank line. */
	if (dc->tally.lean == BP_LEAN_NONE || dc->doc->nfeatures == 0 ||
	    (dc->nrows == 0 && dc->by == BP_BY_FEATURES))
		bp_buf_putc(out, '\n');
	bp_buf_puts(&args, "show ");
	put_text(&args, &dc->read->id);
	bp_buf_puts(&pre, "Read on: ");
	put_text(&pre, &dc->read->title);
	bp_buf_puts(&pre, " (");
	bp_term_run(out, o, pre.data, args.data, ").");
	bp_buf_free(&args);
	bp_buf_free(&pre);
}

void
bp_term_decide(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_decision *dc, const struct bp_opts *o)
{
	struct bp_buf	 line = BP_BUF_INIT;

	if (d->title.s != NULL) {
		bp_term_heading(out, o, d->title.s, d->title.len);
		bp_buf_putc(out, '\n');
	}
	bp_decision_lean(&line, dc);
	bp_term_wrapped(out, o, 0, NULL, line.data, line.len);
	line.len = 0;
	bp_decision_firm(&line, dc);
	if (line.len > 0)
		bp_term_wrapped(out, o, 0, NULL, line.data, line.len);
	if (dc->by == BP_BY_FEATURES)
		by_features(out, o, dc);
	else
		by_criteria(out, o, dc);
	rows(out, o, dc);
	read_on(out, o, dc);
	bp_buf_putc(out, '\n');
	bp_term_line(out, o, bp_decision_note(dc));
	bp_buf_free(&line);
}

void
bp_term_questions(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_decision *dc, int form, const struct bp_opts *o)
{
	struct bp_buf		 id = BP_BUF_INIT;
	struct bp_term_item	 item;
	const struct bp_text	*t;
	size_t			 i, n = bp_decision_n(dc), w, keyw = 0;

	(void)d;
	/* --ids: one a line, "ID<TAB>TEXT" described, for shells. */
	if (form != 0) {
		for (i = 0; i < n; i++) {
			bp_question_id(out, dc, i);
			t = bp_question_text(dc, i);
			if (form == 2 && t->s != NULL) {
				bp_buf_putc(out, '\t');
				bp_text_safe_line(out, t->s, t->len);
			}
			bp_buf_putc(out, '\n');
		}
		return;
	}
	for (i = 0; i < n; i++) {
		id.len = 0;
		bp_question_id(&id, dc, i);
		if ((w = bp_text_width(id.data, id.len)) > keyw)
			keyw = w;
	}
	memset(&item, 0, sizeof(item));
	item.key_style = BP_TS_ID;
	for (i = 0; i < n; i++) {
		id.len = 0;
		bp_question_id(&id, dc, i);
		bp_buf_putn(&id, LIT(""));
		t = bp_question_text(dc, i);
		item.key = id.data;
		item.text = t->s != NULL ? t->s : "";
		item.len = t->s != NULL ? t->len : 0;
		bp_term_keyed_item(out, o, 0, keyw, &item);
	}
	bp_buf_free(&id);
}

void
bp_term_question(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_decision *dc, size_t i, size_t pos)
{
	const struct bp_doc	*d = dc->doc;
	const struct bp_value	*v;
	const struct bp_text	*t;
	struct bp_buf		 line = BP_BUF_INIT, key = BP_BUF_INIT;
	struct bp_by_subject	 by;
	struct bp_term_item	 item;
	const struct bp_value	**vals;
	size_t			 s, keyw = 0, w, n = bp_decision_n(dc);

	bp_buf_printf(&line, "%zu/%zu  ", pos, n);
	w = line.len;
	if (dc->by == BP_BY_CRITERIA) {
		bp_buf_puts(&line, "Does this describe your situation?");
		bp_term_heading(out, o, line.data, line.len);
		t = bp_criterion_text(&dc->crit, i);
		bp_term_wrapped(out, o, w, NULL, t->s != NULL ? t->s : "",
		    t->len);
		bp_buf_free(&line);
		return;
	}
	put_text(&line, &d->features[i].label);
	bp_buf_puts(&line, ": which describes your need better?");
	bp_term_heading(out, o, line.data, line.len);
	vals = bp_calloc(d->nsubjects + 1, sizeof(*vals));
	bp_by_subject_init(&by, d);
	bp_by_subject(&by, &d->features[i], vals);
	for (s = 0; s < d->nsubjects; s++) {
		key.len = 0;
		bp_buf_printf(&key, "%zu ", s + 1);
		bp_text_safe_line(&key, bp_short_of(&d->subjects[s])->s,
		    bp_short_of(&d->subjects[s])->len);
		if ((w = bp_text_width(key.data, key.len)) > keyw)
			keyw = w;
	}
	memset(&item, 0, sizeof(item));
	item.key_style = BP_TS_ID;
	for (s = 0; s < d->nsubjects; s++) {
		key.len = 0;
		bp_buf_printf(&key, "%zu ", s + 1);
		bp_text_safe_line(&key, bp_short_of(&d->subjects[s])->s,
		    bp_short_of(&d->subjects[s])->len);
		bp_buf_putn(&key, LIT(""));
		v = vals[s];
		item.key = key.data;
		item.text = v != NULL && v->text.s != NULL ? v->text.s : "";
		item.len = v != NULL && v->text.s != NULL ? v->text.len : 0;
		bp_term_keyed_item(out, o, 2, keyw, &item);
	}
	bp_by_subject_free(&by);
	free(vals);
	bp_buf_free(&line);
	bp_buf_free(&key);
}
