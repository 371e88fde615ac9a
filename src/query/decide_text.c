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
	/* Weighed: the score, and its share of all. */
	if (bp_decision_weighted(dc) && ts->total > 0) {
		bp_buf_puts(out, "; score ");
		bp_ratio(out, ts->answered == 0 ? 0 : ts->wfits,
		    ts->answered == 0 ? 1 : ts->answered);
		bp_buf_printf(out, ", %.0f%%", 100.0 *
		    bp_decision_share(dc, s));
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

/* ---- How firm the lean is. ---- */

void
bp_ratio(struct bp_buf *out, unsigned long long num, unsigned long long den)
{
	unsigned long long	 r;

	if (den == 0)
		den = 1;
	/* Hundredths, rounded half up. */
	r = (num * 200 + den) / (2 * den);
	bp_buf_printf(out, "%llu", r / 100);
	if (r % 100 != 0)
		bp_buf_printf(out, r % 10 != 0 ? ".%02llu" : ".%llu",
		    r % 10 != 0 ? r % 100 : r % 100 / 10);
}

int
bp_decision_weighted(const struct bp_decision *dc)
{
	size_t	 i, n = bp_decision_n(dc);

	for (i = 0; i < n; i++)
		if (dc->weights[i] != BP_WEIGHT_DEFAULT)
			return 1;
	return 0;
}

double
bp_decision_score(const struct bp_decision *dc, size_t s)
{
	const struct bp_tally_subject	*ts = &dc->tally.v[s];

	return ts->answered == 0 ? 0.0 :
	    (double)ts->wfits / (double)ts->answered;
}

double
bp_decision_share(const struct bp_decision *dc, size_t s)
{
	double	 sum = 0.0;
	size_t	 k;

	for (k = 0; k < dc->tally.n; k++)
		sum += bp_decision_score(dc, k);
	return sum > 0.0 ? bp_decision_score(dc, s) / sum : 0.0;
}

/* "a, b and c": the ids of f's changes to the answer to. */
static size_t
change_ids(struct bp_buf *out, const struct bp_decision *dc,
    const struct bp_firm *f, size_t to)
{
	size_t	 k, n = 0, m = 0;

	for (k = 0; k < f->n; k++)
		m += f->v[k].to == to;
	for (k = 0; k < f->n; k++) {
		if (f->v[k].to != to)
			continue;
		if (n > 0)
			bp_buf_puts(out, n + 1 == m ? " and " : ", ");
		bp_question_id(out, dc, f->v[k].i);
		n++;
	}
	return n;
}

/* "tea.1 were no", "caffeine were picked for Tea", "caffeine were either". */
static void
were(struct bp_buf *out, const struct bp_decision *dc, size_t to)
{
	bp_buf_puts(out, " were ");
	if (dc->by == BP_BY_CRITERIA)
		bp_buf_puts(out, to == BP_ANS_YES ? "yes" : "no");
	else if (to == BP_PICK_EITHER)
		bp_buf_puts(out, BP_EITHER_WORD);
	else if (to >= BP_PICK_SUBJECT && to - BP_PICK_SUBJECT < dc->doc->nsubjects) {
		bp_buf_puts(out, "picked for ");
		put_text(out, bp_short_of(&dc->doc->subjects[to -
		    BP_PICK_SUBJECT]));
	}
}

/* Changes named in the sentence; more are counted. */
#define CHANGES_NAMED	6

/* "if lpo.1 and lpo.3 were no and bpo.2 were yes" */
static void
changes(struct bp_buf *out, const struct bp_decision *dc,
    const struct bp_firm *f)
{
	size_t	 k, j, n = 0;

	bp_buf_puts(out, "if ");
	/* Each answer once, in the order the changes first give it. */
	for (k = 0; k < f->n; k++) {
		for (j = 0; j < k && f->v[j].to != f->v[k].to; j++)
			;
		if (j < k)
			continue;
		if (n++ > 0)
			bp_buf_puts(out, " and ");
		change_ids(out, dc, f, f->v[k].to);
		were(out, dc, f->v[k].to);
	}
}

/* Who leads after f's changes: subject *who, or 0 for no single one. */
static int
lead_after(const struct bp_decision *dc, const struct bp_firm *f,
    size_t *who)
{
	struct bp_tally	 t;
	unsigned char	*answers = NULL;
	size_t		*picks = NULL, n = bp_decision_n(dc);
	int		 one;

	if (dc->by == BP_BY_FEATURES) {
		picks = bp_calloc(n + 1, sizeof(*picks));
		memcpy(picks, dc->picks, n * sizeof(*picks));
		bp_firm_apply(dc, f, NULL, picks);
		bp_tally_picks(dc->doc, picks, dc->weights, &t);
	} else {
		answers = bp_calloc(n + 1, 1);
		memcpy(answers, dc->answers, n);
		bp_firm_apply(dc, f, answers, NULL);
		bp_tally(&dc->crit, answers, dc->weights, &t);
	}
	one = t.lean == BP_LEAN_SUBJECT;
	if (one)
		*who = t.top[0];
	bp_tally_free(&t);
	free(answers);
	free(picks);
	return one;
}

void
bp_decision_firm(struct bp_buf *out, const struct bp_decision *dc)
{
	const struct bp_firm	*f = &dc->firm;
	const struct bp_tally	*t = &dc->tally;
	size_t			 who, k;
	int			 unanswered;

	if (f->kind == BP_FIRM_NONE)
		return;
	bp_buf_puts(out, f->kind == BP_FIRM_FIRM ? "Firm: " :
	    "Too close to call: ");
	if (t->lean == BP_LEAN_TIE)
		bp_buf_puts(out, "a tie");
	else {
		put_text(out, bp_short_of(&dc->doc->subjects[t->top[0]]));
		bp_buf_puts(out, " leads by ");
		bp_ratio(out, f->mnum, f->mden);
		bp_buf_printf(out, " (%.0f%% of the score)",
		    100.0 * bp_decision_share(dc, t->top[0]));
	}
	if (f->kind == BP_FIRM_CLOSE) {
		if (f->n == 0) {
			bp_buf_putc(out, '.');
			return;
		}
		k = f->v[0].i;
		unanswered = dc->by == BP_BY_FEATURES ?
		    dc->picks[k] == BP_PICK_NONE :
		    dc->answers[k] == BP_ANS_NONE;
		if (unanswered && dc->by == BP_BY_CRITERIA) {
			bp_buf_puts(out, "; answering ");
			bp_question_id(out, dc, k);
			bp_buf_puts(out, f->v[0].to == BP_ANS_YES ? " yes" :
			    " no");
			bp_buf_puts(out, t->lean == BP_LEAN_TIE ?
			    " would settle it." : " could overturn it.");
		} else if (unanswered) {
			bp_buf_puts(out, "; picking ");
			bp_question_id(out, dc, k);
			bp_buf_puts(out, " for ");
			put_text(out, bp_short_of(&dc->doc->subjects[f->v[0].to -
			    BP_PICK_SUBJECT]));
			bp_buf_puts(out, t->lean == BP_LEAN_TIE ?
			    " would settle it." : " could overturn it.");
		} else {
			bp_buf_puts(out, "; it would be settled ");
			changes(out, dc, f);
			bp_buf_putc(out, '.');
		}
		return;
	}
	if (f->n == 0) {
		bp_buf_puts(out, "; no change of answers could overturn it.");
		return;
	}
	if (lead_after(dc, f, &who)) {
		bp_buf_puts(out, "; it would go to ");
		put_text(out, bp_short_of(&dc->doc->subjects[who]));
	} else
		bp_buf_puts(out, "; it would be lost");
	if (f->n > CHANGES_NAMED)
		bp_buf_printf(out, " if %zu answers changed.", f->n);
	else {
		bp_buf_putc(out, ' ');
		changes(out, dc, f);
		bp_buf_putc(out, '.');
	}
}
