/*
 * decide's firmness, as a property over random answers and weights: the
 * change a firm lean names does give another subject the lead, and no
 * fewer changes do (every set of changes tried); a lean called too
 * close to call is one that one unanswered question could overturn,
 * and the answer named does; with every weight 1 the lean is the
 * proportion of fits it has always been.  Then the sentences.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/bp_buf.h"
#include "model/bp_data.h"
#include "model/bp_doc.h"
#include "query/bp_decide.h"
#include "gen.h"
#include "invariants.h"

#define TRIALS	2000

static unsigned long	 seed = 12345;

static unsigned
rnd(unsigned n)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((seed >> 33) % n);
}

/* ns subjects (2 or 3), each with 0 to 3 criteria, and nf features. */
static struct bp_doc *
random_doc(size_t ns, size_t nf)
{
	struct bp_buf	 y = BP_BUF_INIT;
	struct bp_doc	*d;
	size_t		 s, k, n;

	bp_buf_puts(&y, "format: 1\ntitle: T\nsummary: S.\nsubjects:\n");
	for (s = 0; s < ns; s++)
		bp_buf_printf(&y, "  - {id: s%zu, short: S%zu, name: S%zu}\n",
		    s, s, s);
	bp_buf_puts(&y, "features:\n");
	for (k = 0; k < nf; k++) {
		bp_buf_printf(&y, "  - {id: f%zu, label: F%zu, values: {", k, k);
		for (s = 0; s < ns; s++)
			bp_buf_printf(&y, "%ss%zu: v", s > 0 ? ", " : "", s);
		bp_buf_puts(&y, "}}\n");
	}
	bp_buf_puts(&y, "choose:\n");
	for (s = 0; s < ns; s++) {
		if ((n = rnd(4)) == 0 && s > 0)
			continue;
		bp_buf_printf(&y, "  s%zu:\n", s);
		for (k = 0; k < (n == 0 ? 1 : n); k++)
			bp_buf_printf(&y, "    - c%zu\n", k);
	}
	d = gen_load(y.data);
	bp_buf_free(&y);
	assert_non_null(d);
	return d;
}

/* The tally of answers or picks, with dc's weights. */
static void
tally(const struct bp_decision *dc, const unsigned char *a, const size_t *p,
    struct bp_tally *t)
{
	if (dc->by == BP_BY_FEATURES)
		bp_tally_picks(dc->doc, p, dc->weights, t);
	else
		bp_tally(&dc->crit, a, dc->weights, t);
}

/* Whether a subject other than l scores above l. */
static int
overtaken(const struct bp_tally *t, size_t l)
{
	size_t	 s;

	for (s = 0; s < t->n; s++)
		if (s != l && bp_score_cmp(t->v[s].wfits, t->v[s].answered,
		    t->v[l].wfits, t->v[l].answered) > 0)
			return 1;
	return 0;
}

/* The answers a question may be changed to: yes, no; or every pick. */
static size_t
choices(const struct bp_decision *dc)
{
	return dc->by == BP_BY_FEATURES ? dc->doc->nsubjects + 1 : 2;
}

static size_t
choice(const struct bp_decision *dc, size_t c)
{
	return dc->by == BP_BY_FEATURES ? BP_PICK_EITHER + c :
	    BP_ANS_YES + c;
}

static size_t
now(const struct bp_decision *dc, size_t i)
{
	return dc->by == BP_BY_FEATURES ? dc->picks[i] : dc->answers[i];
}

/*
 * The fewest changes after which another subject scores above l, over
 * every set of changes (SIZE_MAX: none does).
 */
static size_t
brute_fewest(const struct bp_decision *dc, size_t l)
{
	unsigned char	 a[16];
	size_t		 p[16], code[16], n = bp_decision_n(dc), i, k, c;
	size_t		 best = SIZE_MAX, m = choices(dc) + 1;
	struct bp_tally	 t;

	memset(code, 0, sizeof(code));
	for (;;) {
		for (i = c = 0; i < n; i++) {
			a[i] = dc->by == BP_BY_CRITERIA ? dc->answers[i] : 0;
			p[i] = dc->by == BP_BY_FEATURES ? dc->picks[i] : 0;
			if (code[i] == 0)
				continue;
			k = choice(dc, code[i] - 1);
			if (k == now(dc, i))
				goto next;
			c++;
			if (dc->by == BP_BY_FEATURES)
				p[i] = k;
			else
				a[i] = (unsigned char)k;
		}
		if (c < best) {
			tally(dc, a, p, &t);
			if (overtaken(&t, l))
				best = c;
			bp_tally_free(&t);
		}
next:
		for (i = 0; i < n && ++code[i] == m; i++)
			code[i] = 0;
		if (i == n)
			break;
	}
	return best;
}

/*
 * Whether one change, to a question not yet answered (any question if
 * any is set), changes the lean: overturns l's (l a subject) or
 * settles a tie (l SIZE_MAX).
 */
static int
one_changes(const struct bp_decision *dc, size_t l, int any)
{
	unsigned char	 a[16];
	size_t		 p[16], n = bp_decision_n(dc), i, c, k;
	struct bp_tally	 t;
	int		 yes = 0;

	for (i = 0; i < n && !yes; i++) {
		if (!any && now(dc, i) != 0)
			continue;
		for (c = 0; c < choices(dc) && !yes; c++) {
			if ((k = choice(dc, c)) == now(dc, i))
				continue;
			if (dc->by == BP_BY_FEATURES) {
				memcpy(p, dc->picks, n * sizeof(*p));
				p[i] = k;
			} else {
				memcpy(a, dc->answers, n);
				a[i] = (unsigned char)k;
			}
			tally(dc, a, p, &t);
			yes = l == SIZE_MAX ? t.lean == BP_LEAN_SUBJECT :
			    !(t.lean == BP_LEAN_SUBJECT && t.top[0] == l);
			bp_tally_free(&t);
		}
	}
	return yes;
}

/* The tally after the firmness's changes. */
static void
applied(const struct bp_decision *dc, struct bp_tally *t)
{
	unsigned char	 a[16];
	size_t		 p[16], n = bp_decision_n(dc), k;

	memcpy(a, dc->answers, dc->by == BP_BY_CRITERIA ? n : 0);
	memcpy(p, dc->picks, dc->by == BP_BY_FEATURES ? n * sizeof(*p) : 0);
	/* Each a real change, each question once. */
	for (k = 0; k < dc->firm.n; k++) {
		assert_true(dc->firm.v[k].i < n);
		assert_int_not_equal(dc->firm.v[k].to, now(dc, dc->firm.v[k].i));
		assert_true(dc->firm.v[k].to != 0);
	}
	bp_firm_apply(dc, &dc->firm, a, p);
	tally(dc, a, p, t);
}

/* How many of each were seen: the property must meet every kind. */
static size_t	 seen[4];

static void
check(const struct bp_decision *dc)
{
	const struct bp_tally	*t = &dc->tally;
	struct bp_tally		 after;
	size_t			 l, fewest;

	if (t->lean == BP_LEAN_NONE) {
		assert_int_equal(dc->firm.kind, BP_FIRM_NONE);
		assert_int_equal(dc->firm.n, 0);
		return;
	}
	if (t->lean == BP_LEAN_TIE) {
		assert_int_equal(dc->firm.kind, BP_FIRM_CLOSE);
		assert_int_equal(dc->firm.n > 0, one_changes(dc, SIZE_MAX, 1));
		if (dc->firm.n > 0) {
			assert_int_equal(dc->firm.n, 1);
			applied(dc, &after);
			assert_int_equal(after.lean, BP_LEAN_SUBJECT);
			bp_tally_free(&after);
		}
		return;
	}
	l = t->top[0];
	/* Too close: exactly when one unanswered question could overturn it. */
	assert_int_equal(dc->firm.kind == BP_FIRM_CLOSE,
	    one_changes(dc, l, 0));
	if (dc->firm.kind == BP_FIRM_CLOSE) {
		assert_int_equal(dc->firm.n, 1);
		assert_int_equal(now(dc, dc->firm.v[0].i), 0);
		applied(dc, &after);
		assert_false(after.lean == BP_LEAN_SUBJECT &&
		    after.top[0] == l);
		bp_tally_free(&after);
		return;
	}
	/* Firm: the changes named flip it, and no fewer do. */
	fewest = brute_fewest(dc, l);
	seen[fewest == SIZE_MAX ? 0 : fewest == 1 ? 1 : fewest > 1 ? 2 : 3]++;
	if (fewest == SIZE_MAX) {
		assert_int_equal(dc->firm.n, 0);
		return;
	}
	assert_int_equal(dc->firm.n, fewest);
	applied(dc, &after);
	assert_true(overtaken(&after, l));
	bp_tally_free(&after);
}

/* The lean as it always was: the best proportion of fits, exactly. */
static void
check_unweighted(const struct bp_decision *dc)
{
	const struct bp_tally	*t = &dc->tally;
	size_t			 s, k, top = 0;

	for (s = 0; s < t->n; s++) {
		assert_int_equal(t->v[s].wfits, t->v[s].fits);
		if (t->v[s].fits == 0)
			continue;
		for (k = 0; k < t->n; k++)
			if (t->v[k].fits > 0 && t->v[k].fits * t->v[s].answered >
			    t->v[s].fits * t->v[k].answered)
				break;
		top += k == t->n;
	}
	assert_int_equal(t->ntop, top);
}

static void
firm_by_criteria(void **state)
{
	struct bp_decision	 dc;
	struct bp_doc		*d;
	size_t			 trial, i, n;
	int			 unweighted;

	(void)state;
	memset(seen, 0, sizeof(seen));
	for (trial = 0; trial < TRIALS; trial++) {
		d = random_doc(2 + rnd(2), 1);
		bp_decision_init(&dc, d, BP_BY_CRITERIA);
		n = bp_decision_n(&dc);
		unweighted = rnd(3) == 0;
		for (i = 0; i < n; i++) {
			dc.answers[i] = (unsigned char)rnd(3);
			if (!unweighted)
				dc.weights[i] = (unsigned char)rnd(6);
		}
		bp_decision_finish(&dc);
		if (unweighted)
			check_unweighted(&dc);
		check(&dc);
		bp_decision_free(&dc);
		bp_doc_free(d);
	}
	/* Firm leans of each kind: none possible, one change, several. */
	assert_true(seen[0] > 0 && seen[1] > 0 && seen[2] > 0);
}

static void
firm_by_features(void **state)
{
	struct bp_decision	 dc;
	struct bp_doc		*d;
	size_t			 trial, i, n, ns;

	(void)state;
	memset(seen, 0, sizeof(seen));
	for (trial = 0; trial < TRIALS; trial++) {
		ns = 2 + rnd(2);
		d = random_doc(ns, 1 + rnd(4));
		bp_decision_init(&dc, d, BP_BY_FEATURES);
		n = bp_decision_n(&dc);
		for (i = 0; i < n; i++) {
			dc.picks[i] = rnd(ns + 2);
			if (rnd(2))
				dc.weights[i] = (unsigned char)rnd(6);
		}
		bp_decision_finish(&dc);
		check(&dc);
		bp_decision_free(&dc);
		bp_doc_free(d);
	}
	assert_true(seen[1] > 0 && seen[2] > 0);
}

static char *
firm_said(const struct bp_decision *dc)
{
	struct bp_buf	 b = BP_BUF_INIT;

	bp_decision_firm(&b, dc);
	return b.data != NULL ? b.data : strdup("");
}

/* The built-in comparison, answered as the README shows it. */
static void
firm_sentences(void **state)
{
	struct bp_decision	 dc;
	struct bp_buf		 err = BP_BUF_INIT;
	char			*s;

	(void)state;
	bp_decision_init(&dc, &bp_default_doc, BP_BY_CRITERIA);
	assert_true(bp_answers_parse(&dc.crit, "lpo.1,lpo.3", BP_ANS_YES,
	    dc.answers, &err));
	assert_true(bp_answers_parse(&dc.crit, "bpo.2", BP_ANS_NO,
	    dc.answers, &err));
	bp_decision_finish(&dc);
	s = firm_said(&dc);
	assert_string_equal(s, "Firm: LPO leads by 1 (100% of the score); it "
	    "would go to BPO if lpo.1 were no and bpo.2 were yes.");
	free(s);
	bp_decision_free(&dc);

	/* Weighed: lpo.1 at 5 against bpo.1 at 1. */
	bp_decision_init(&dc, &bp_default_doc, BP_BY_CRITERIA);
	assert_true(bp_answers_parse(&dc.crit, "lpo.1,bpo.1", BP_ANS_YES,
	    dc.answers, &err));
	dc.weights[bp_criteria_find(&dc.crit, "lpo.1", 5)] = 5;
	bp_decision_finish(&dc);
	assert_int_equal(dc.tally.lean, BP_LEAN_SUBJECT);
	s = firm_said(&dc);
	assert_string_equal(s, "Firm: LPO leads by 4 (83% of the score); it "
	    "would go to BPO if lpo.1 were no.");
	free(s);
	bp_decision_free(&dc);

	/* A tie, settled by the first unanswered that can. */
	bp_decision_init(&dc, &bp_default_doc, BP_BY_CRITERIA);
	assert_true(bp_answers_parse(&dc.crit, "lpo.1,bpo.1", BP_ANS_YES,
	    dc.answers, &err));
	bp_decision_finish(&dc);
	s = firm_said(&dc);
	assert_string_equal(s, "Too close to call: a tie; answering bpo.2 no "
	    "would settle it.");
	free(s);
	bp_decision_free(&dc);

	/* Nothing answered yes: nothing said. */
	bp_decision_init(&dc, &bp_default_doc, BP_BY_CRITERIA);
	bp_decision_finish(&dc);
	s = firm_said(&dc);
	assert_string_equal(s, "");
	free(s);
	bp_decision_free(&dc);
	bp_buf_free(&err);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(firm_by_criteria),
		cmocka_unit_test(firm_by_features),
		cmocka_unit_test(firm_sentences),
	};

	if (!inv_setup()) {
		fprintf(stderr, "test_decide_firm: no C.UTF-8 locale\n");
		return 1;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
