/* decide as JSON: the criteria or the features asked, and a decision. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "query/bp_decide.h"
#include "render/bp_json.h"
#include "render/bp_render.h"

/* Question i's id, as JSON. */
static void
question_id(struct bp_jw *w, struct bp_buf *id, const struct bp_decision *dc,
    size_t i)
{
	id->len = 0;
	bp_question_id(id, dc, i);
	bp_jw_string(w->out, id->data != NULL ? id->data : "", id->len);
}

/* An answer, a (BP_ANS_* by criteria, a pick by features), as JSON. */
static void
answer(struct bp_jw *w, const struct bp_decision *dc, size_t a)
{
	if (dc->by == BP_BY_CRITERIA)
		bp_buf_puts(w->out, a == BP_ANS_YES ? "\"yes\"" :
		    a == BP_ANS_NO ? "\"no\"" : "null");
	else if (a == BP_PICK_NONE)
		bp_buf_puts(w->out, "null");
	else if (a == BP_PICK_EITHER)
		bp_jw_string(w->out, LIT(BP_EITHER_WORD));
	else
		bp_jw_text_value(w, &dc->doc->subjects[a - BP_PICK_SUBJECT].id);
}

/* num / den as a JSON number, to four decimals: exact, never a float's noise. */
static void
ratio(struct bp_jw *w, unsigned long long num, unsigned long long den)
{
	unsigned long long	 r;
	int			 k;

	if (den == 0)
		den = 1;
	r = (num * 20000 + den) / (2 * den);
	bp_buf_printf(w->out, "%llu", r / 10000);
	if ((r %= 10000) == 0)
		return;
	for (k = 4; r % 10 == 0; k--)
		r /= 10;
	bp_buf_printf(w->out, ".%0*llu", k, r);
}

/* Question i as an object: its id and text (the label of a feature). */
static void
question(struct bp_jw *w, struct bp_buf *id, const struct bp_decision *dc,
    size_t i, int answered)
{
	const struct bp_doc	*d = dc->doc;

	bp_jw_open_c(w, '{');
	bp_jw_key(w, "id");
	question_id(w, id, dc, i);
	if (dc->by == BP_BY_CRITERIA)
		bp_jw_text_member(w, "subject",
		    &d->subjects[dc->crit.v[i].subject].id);
	bp_jw_text_member(w, "text", bp_question_text(dc, i));
	if (answered) {
		bp_jw_key(w, "answer");
		answer(w, dc, dc->by == BP_BY_CRITERIA ? dc->answers[i] :
		    dc->picks[i]);
	}
	bp_jw_close_c(w, '}');
}

void
bp_json_questions(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_decision *dc, int form, const struct bp_opts *o)
{
	struct bp_jw	 w;
	struct bp_buf	 id = BP_BUF_INIT;
	size_t		 i, n = bp_decision_n(dc);

	(void)d;
	memset(&w, 0, sizeof(w));
	w.out = out;
	w.compact = o->compact;
	bp_jw_open_c(&w, '[');
	for (i = 0; i < n; i++) {
		bp_jw_next(&w);
		/* --ids: the ids alone; --list and --ids=described: objects. */
		if (form == 1)
			question_id(&w, &id, dc, i);
		else
			question(&w, &id, dc, i, 0);
	}
	bp_jw_close_c(&w, ']');
	bp_buf_putc(out, '\n');
	bp_buf_free(&id);
}

void
bp_json_decide(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_decision *dc, const struct bp_opts *o)
{
	static const char *const leans[] = { "subject", "tie", "none" };
	const struct bp_tally	*t = &dc->tally;
	struct bp_jw		 w;
	struct bp_buf		 id = BP_BUF_INIT;
	size_t			 i, n = bp_decision_n(dc);

	bp_jw_begin(&w, out, o, "decide");
	bp_jw_heading(&w, d);
	bp_jw_str_member(&w, "by", bp_bys[dc->by], strlen(bp_bys[dc->by]));
	bp_jw_key(&w, "questions");
	bp_jw_open_c(&w, '[');
	for (i = 0; i < n; i++) {
		bp_jw_next(&w);
		question(&w, &id, dc, i, 1);
	}
	bp_jw_close_c(&w, ']');
	/* Each question's weight, by id: 1 unless given. */
	bp_jw_key(&w, "weights");
	bp_jw_open_c(&w, '{');
	for (i = 0; i < n; i++) {
		bp_jw_next(&w);
		question_id(&w, &id, dc, i);
		bp_buf_printf(w.out, "%s%u", w.compact ? ":" : ": ",
		    (unsigned)dc->weights[i]);
	}
	bp_jw_close_c(&w, '}');
	bp_jw_key(&w, "subjects");
	bp_jw_open_c(&w, '[');
	for (i = 0; i < d->nsubjects && i < t->n; i++) {
		bp_jw_next(&w);
		bp_jw_open_c(&w, '{');
		bp_jw_text_member(&w, "id", &d->subjects[i].id);
		bp_jw_text_member(&w, "short", &d->subjects[i].shortname);
		bp_jw_num_member(&w, "fits", t->v[i].fits);
		bp_jw_num_member(&w, "answered", t->v[i].answered);
		bp_jw_num_member(&w, "questions", t->v[i].total);
		bp_jw_key(&w, "score");
		ratio(&w, t->v[i].answered == 0 ? 0 : t->v[i].wfits,
		    t->v[i].answered == 0 ? 1 : t->v[i].answered);
		bp_jw_key(&w, "share");
		bp_buf_printf(w.out, "%.4g", bp_decision_share(dc, i));
		bp_jw_close_c(&w, '}');
	}
	bp_jw_close_c(&w, ']');
	bp_jw_key(&w, "lean");
	bp_jw_open_c(&w, '{');
	bp_jw_str_member(&w, "result", leans[t->lean], strlen(leans[t->lean]));
	bp_jw_key(&w, "subjects");
	bp_jw_open_c(&w, '[');
	for (i = 0; i < t->ntop; i++) {
		bp_jw_next(&w);
		bp_jw_text_value(&w, &d->subjects[t->top[i]].id);
	}
	bp_jw_close_c(&w, ']');
	bp_jw_key(&w, "margin");
	ratio(&w, dc->firm.mnum, dc->firm.mden);
	bp_jw_key(&w, "firm");
	bp_buf_puts(out, dc->firm.kind == BP_FIRM_NONE ? "null" :
	    dc->firm.kind == BP_FIRM_FIRM ? "true" : "false");
	bp_jw_key(&w, "flip");
	bp_jw_open_c(&w, '[');
	for (i = 0; i < dc->firm.n; i++) {
		bp_jw_next(&w);
		bp_jw_open_c(&w, '{');
		bp_jw_key(&w, "id");
		question_id(&w, &id, dc, dc->firm.v[i].i);
		bp_jw_key(&w, "answer");
		answer(&w, dc, dc->firm.v[i].to);
		bp_jw_close_c(&w, '}');
	}
	bp_jw_close_c(&w, ']');
	bp_jw_close_c(&w, '}');
	bp_jw_key(&w, "features");
	bp_jw_open_c(&w, '[');
	for (i = 0; i < dc->nrows; i++) {
		bp_jw_next(&w);
		bp_jw_text_value(&w, &d->features[dc->rows[i]].id);
	}
	bp_jw_close_c(&w, ']');
	bp_jw_key(&w, "read");
	if (dc->read == NULL)
		bp_buf_puts(out, "null");
	else {
		bp_jw_open_c(&w, '{');
		bp_jw_text_member(&w, "section", &dc->read->id);
		bp_jw_text_member(&w, "title", &dc->read->title);
		bp_jw_close_c(&w, '}');
	}
	bp_jw_end(&w);
	bp_buf_free(&id);
}

