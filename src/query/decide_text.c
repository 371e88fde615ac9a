/* decide's result in words, worded once: what every format says of a decision (the renderers escape it). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "query/bp_decide.h"

const struct bp_text *
bp_short_of(const struct bp_subject *s)
{
	return s->shortname.s != NULL ? &s->shortname : &s->id;
}

/* A text the data may lack (it did not validate): nothing, never NULL. */
static void
put_text(struct bp_buf *out, const struct bp_text *t)
{
	if (t->s != NULL)
		bp_buf_putn(out, t->s, t->len);
}

/* "Green tea (Tea)", or the short name alone when it is the name. */
static void
full_name(struct bp_buf *out, const struct bp_subject *s)
{
	const struct bp_text	*sh = bp_short_of(s);

	put_text(out, s->name.s != NULL ? &s->name : sh);
	if (s->name.s != NULL && sh->s != NULL &&
	    strcmp(s->name.s, sh->s) != 0) {
		bp_buf_puts(out, " (");
		put_text(out, sh);
		bp_buf_putc(out, ')');
	}
}

/* The subjects leaned to by short name: "A", "A and B", "A, B and C". */
static void
top_names(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_tally *t, const char *and)
{
	size_t	 k;

	for (k = 0; k < t->ntop; k++) {
		if (k > 0)
			bp_buf_puts(out, k + 1 == t->ntop ? and : ", ");
		put_text(out, bp_short_of(&d->subjects[t->top[k]]));
	}
}

/* "2 of 3", a subject's fits of its answered questions. */
static void
of(struct bp_buf *out, const struct bp_tally_subject *ts)
{
	bp_buf_printf(out, "%zu of %zu", ts->fits, ts->answered);
}

/* "2 of 3 answered criteria", "1 of 1 answered feature". */
static void
of_answered(struct bp_buf *out, const struct bp_decision *dc,
    const struct bp_tally_subject *ts)
{
	of(out, ts);
	if (dc->by == BP_BY_FEATURES)
		bp_buf_puts(out, ts->answered == 1 ? " answered feature" :
		    " answered features");
	else
		bp_buf_puts(out, ts->answered == 1 ? " answered criterion" :
		    " answered criteria");
}

void
bp_decision_lean(struct bp_buf *out, const struct bp_decision *dc)
{
	const struct bp_doc		*d = dc->doc;
	const struct bp_tally		*t = &dc->tally;
	const struct bp_tally_subject	*first;
	size_t				 k;
	int				 same = 1;

	switch (t->lean) {
	case BP_LEAN_SUBJECT:
		bp_buf_puts(out, "Your answers lean to ");
		full_name(out, &d->subjects[t->top[0]]);
		bp_buf_puts(out, dc->by == BP_BY_FEATURES ?
		    ": you picked it for " : ": it fits ");
		of_answered(out, dc, &t->v[t->top[0]]);
		bp_buf_putc(out, '.');
		break;
	case BP_LEAN_TIE:
		bp_buf_puts(out, "A tie: your answers fit ");
		top_names(out, d, t, " and ");
		bp_buf_puts(out, " equally, ");
		first = &t->v[t->top[0]];
		for (k = 1; k < t->ntop; k++)
			if (t->v[t->top[k]].fits != first->fits ||
			    t->v[t->top[k]].answered != first->answered)
				same = 0;
		if (same) {
			of_answered(out, dc, first);
			bp_buf_puts(out, " each.");
			break;
		}
		for (k = 0; k < t->ntop; k++) {
			if (k > 0)
				bp_buf_puts(out, k + 1 == t->ntop ? " and " :
				    ", ");
			of(out, &t->v[t->top[k]]);
		}
		bp_buf_puts(out, " answered.");
		break;
	case BP_LEAN_NONE:
		bp_buf_printf(out, "Not enough answers to lean either way: "
		    "%s.", t->answered == 0 ? "nothing was answered" :
		    dc->by == BP_BY_FEATURES ? "no feature was picked for a "
		    "subject" : "no criterion was answered yes");
		break;
	}
}

void
bp_decision_count(struct bp_buf *out, const struct bp_decision *dc, size_t s)
{
	const struct bp_tally_subject	*ts = &dc->tally.v[s];

	put_text(out, bp_short_of(&dc->doc->subjects[s]));
	if (dc->by == BP_BY_FEATURES) {
		bp_buf_puts(out, ": ");
		of_answered(out, dc, ts);
		bp_buf_printf(out, " (%zu in all)", ts->total);
	} else if (ts->total == 0)
		bp_buf_puts(out, ": no criteria");
	else {
		bp_buf_puts(out, ": ");
		of(out, ts);
		bp_buf_printf(out, " answered fit (%zu %s)", ts->total,
		    ts->total == 1 ? "criterion" : "criteria");
	}
}

void
bp_decision_rows_title(struct bp_buf *out, const struct bp_decision *dc)
{
	if (dc->nrows == 0 && dc->by == BP_BY_CRITERIA) {
		bp_buf_puts(out, "No feature gives ");
		top_names(out, dc->doc, &dc->tally, " or ");
		bp_buf_puts(out, " the edge");
		return;
	}
	bp_buf_puts(out, dc->by == BP_BY_FEATURES ? "Features you picked for " :
	    "Features where ");
	top_names(out, dc->doc, &dc->tally, " or ");
	if (dc->by == BP_BY_CRITERIA)
		bp_buf_puts(out, dc->tally.ntop == 1 ? " has the edge" :
		    " have the edge");
}

const char *
bp_decision_note(const struct bp_decision *dc)
{
	return dc->by == BP_BY_FEATURES ? "This only tallies your picks "
	    "among the comparison's own features; it is not advice." :
	    "This only tallies the comparison's own \"Choose ... if\" "
	    "criteria; it is not advice.";
}
