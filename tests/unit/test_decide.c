/*
 * decide: criterion ids and their order, bp_criteria_find, the --yes/--no
 * and --pick parsers, the tally, a decision's rows and section, the
 * questions asked a line at a time (bp_ask_file on fmemopen'd input),
 * and the renderers' output on hard data at several widths.
 */
/* fopencookie(3): input that a test reads a line at a time, as a tty. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_text.h"
#include "model/bp_data.h"
#include "model/bp_doc.h"
#include "query/bp_decide.h"
#include "render/bp_render.h"
#include "cli/bp_ask.h"
#include "gen.h"
#include "invariants.h"

/* Three subjects, the second without a choose list, the list out of order. */
static const char three[] =
    "format: 1\n"
    "title: Drinks\n"
    "summary: Hot ones.\n"
    "subjects:\n"
    "  - {id: tea, short: Tea, name: Tea}\n"
    "  - {id: coffee, short: Coffee, name: Filter coffee}\n"
    "  - {id: cocoa, short: Cocoa, name: Hot cocoa}\n"
    "features:\n"
    "  - {id: f1, label: Caffeine, values: {tea: some, coffee: most, "
    "cocoa: least}}\n"
    "choose:\n"
    "  cocoa: [You want it sweet, You drink it at night]\n"
    "  tea: [You want a gentle lift, You like many flavours, "
    "You drink it all day]\n";

/*
 * Three subjects with names to search for, features with every kind of
 * edge, and sections to read on: "when" says when to choose Alpha and
 * Beta, "gam" speaks of Gamma alone.
 */
static const char edges[] =
    "format: 1\n"
    "title: Greek\n"
    "summary: S.\n"
    "subjects:\n"
    "  - {id: a, short: Alpha, name: Alpha letter}\n"
    "  - {id: b, short: Beta, name: Beta}\n"
    "  - {id: c, short: Gamma, name: Gamma}\n"
    "features:\n"
    "  - {id: fa, label: Only a, edge: a, values: {a: x, b: y, c: z}}\n"
    "  - {id: fab, label: A and b, edge: [a, b], values: {a: x, b: y, "
    "c: z}}\n"
    "  - {id: ftie, label: Tie, edge: tie, values: {a: x, b: y, c: z}}\n"
    "  - {id: fc, label: Only c, edge: c, values: {a: x, b: y, c: z}}\n"
    "  - {id: fnone, label: None, values: {a: x, b: y, c: z}}\n"
    "choose:\n"
    "  a: [One a, Two a]\n"
    "  b: [One b, Two b]\n"
    "  c: [One c, Two c]\n"
    "sections:\n"
    "  - {id: gam, title: About Gamma, body: Gamma is the third letter.}\n"
    "  - {id: when, title: When, body: Choose Alpha first. Choose Beta "
    "second.}\n";

/* No choose list at all. */
static const char nochoice[] =
    "format: 1\n"
    "title: None\n"
    "summary: S.\n"
    "subjects:\n"
    "  - {id: a, short: A, name: A}\n"
    "  - {id: b, short: B, name: B}\n"
    "features:\n"
    "  - {id: f, label: F, values: {a: x, b: y}}\n";


/* Two subjects a and b with na and nb criteria ("a1", "a2", ...). */
static struct bp_doc *
load_counts(size_t na, size_t nb)
{
	struct bp_buf	 y = BP_BUF_INIT;
	struct bp_doc	*d;
	size_t		 i;

	bp_buf_puts(&y, "format: 1\ntitle: T\nsummary: S.\nsubjects:\n"
	    "  - {id: a, short: A, name: A}\n  - {id: b, short: B, name: B}\n"
	    "features:\n  - {id: f, label: F, values: {a: x, b: y}}\n"
	    "choose:\n");
	if (na > 0) {
		bp_buf_puts(&y, "  a:\n");
		for (i = 0; i < na; i++)
			bp_buf_printf(&y, "    - a%zu\n", i + 1);
	}
	if (nb > 0) {
		bp_buf_puts(&y, "  b:\n");
		for (i = 0; i < nb; i++)
			bp_buf_printf(&y, "    - b%zu\n", i + 1);
	}
	d = gen_load(y.data);
	bp_buf_free(&y);
	return d;
}

/* The built-in comparison, loaded at build time: never freed. */
static const struct bp_doc *
builtin(void)
{
	return &bp_default_doc;
}

static void
assert_id(const struct bp_criteria *c, size_t i, const char *want)
{
	struct bp_buf	 b = BP_BUF_INIT;

	bp_criterion_id(&b, c, i);
	assert_non_null(b.data);
	assert_string_equal(b.data, want);
	bp_buf_free(&b);
}

static size_t
find(const struct bp_criteria *c, const char *id)
{
	return bp_criteria_find(c, id, strlen(id));
}

/* Parses list, which must be good, into a. */
static void
answer(const struct bp_criteria *c, const char *list, int v,
    unsigned char *a)
{
	struct bp_buf	 err = BP_BUF_INIT;

	if (!bp_answers_parse(c, list, v, a, &err))
		fail_msg("'%s': %s", list, err.data);
	assert_int_equal(err.len, 0);
	bp_buf_free(&err);
}

/* Parses list, which must be refused with exactly want; a stays as it was. */
static void
refused(const struct bp_criteria *c, const char *list, int v,
    unsigned char *a, const char *want)
{
	struct bp_buf	 err = BP_BUF_INIT;
	unsigned char	*before;

	before = calloc(c->n + 1, 1);
	assert_non_null(before);
	if (c->n > 0)
		memcpy(before, a, c->n);
	assert_int_equal(bp_answers_parse(c, list, v, a, &err), 0);
	assert_non_null(err.data);
	assert_string_equal(err.data, want);
	if (c->n > 0)
		assert_memory_equal(before, a, c->n);
	free(before);
	bp_buf_free(&err);
}

/* ---- Criteria: ids and their order. ---- */

static void
criteria_two_subjects_take_turns(void **state)
{
	static const char *const want[] = { "bpo.1", "lpo.1", "bpo.2",
	    "lpo.2", "bpo.3", "lpo.3", "bpo.4", "lpo.4" };
	struct bp_criteria	 c;
	size_t			 i;

	(void)state;
	bp_criteria_make(builtin(), &c);
	assert_int_equal(c.n, 8);
	assert_int_equal(c.nsubjects, 2);
	assert_int_equal(c.nbyid, 2);
	for (i = 0; i < c.n; i++) {
		assert_id(&c, i, want[i]);
		assert_int_equal(find(&c, want[i]), i);
		assert_int_equal(c.v[i].subject, i % 2);
		assert_int_equal(c.v[i].n, i / 2 + 1);
	}
	/* By subject: each list in its own order. */
	assert_int_equal(c.start[0], 0);
	assert_int_equal(c.start[1], 4);
	assert_int_equal(c.start[2], 8);
	for (i = 0; i < 4; i++) {
		assert_int_equal(c.slot[c.start[0] + i], 2 * i);
		assert_int_equal(c.slot[c.start[1] + i], 2 * i + 1);
	}
	bp_criteria_free(&c);
}

static void
criteria_three_subjects_one_without(void **state)
{
	struct bp_doc		*d = gen_load(three);
	struct bp_criteria	 c;

	(void)state;
	bp_criteria_make(d, &c);
	/* Subject order, not the choose mapping's; coffee has none. */
	assert_int_equal(c.n, 5);
	assert_id(&c, 0, "tea.1");
	assert_id(&c, 1, "cocoa.1");
	assert_id(&c, 2, "tea.2");
	assert_id(&c, 3, "cocoa.2");
	assert_id(&c, 4, "tea.3");
	assert_int_equal(c.v[0].subject, 0);
	assert_int_equal(c.v[1].subject, 2);
	assert_int_equal(c.v[4].n, 3);
	assert_string_equal(bp_criterion_text(&c, 1)->s, "You want it sweet");
	assert_string_equal(bp_criterion_text(&c, 4)->s,
	    "You drink it all day");
	assert_int_equal(c.start[1], c.start[2]);	/* coffee: none */
	assert_int_equal(c.nbyid, 2);
	assert_int_equal(find(&c, "tea.3"), 4);
	assert_int_equal(find(&c, "cocoa.2"), 3);
	assert_int_equal(find(&c, "coffee.1"), c.n);
	assert_int_equal(find(&c, "cocoa.3"), c.n);
	assert_int_equal(find(&c, "tea.4"), c.n);
	bp_criteria_free(&c);
	bp_doc_free(d);
}

/* Lists of unequal length: the shorter drops out, the longer goes on. */
static void
criteria_unequal_lists(void **state)
{
	static const char *const want[] = { "a.1", "b.1", "b.2", "b.3",
	    "b.4" };
	struct bp_doc		*d = load_counts(1, 4);
	struct bp_criteria	 c;
	size_t			 i;

	(void)state;
	bp_criteria_make(d, &c);
	assert_int_equal(c.n, 5);
	for (i = 0; i < c.n; i++)
		assert_id(&c, i, want[i]);
	bp_criteria_free(&c);
	bp_doc_free(d);

	/* Only the second subject has a list. */
	d = load_counts(0, 2);
	bp_criteria_make(d, &c);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.nbyid, 1);
	assert_id(&c, 0, "b.1");
	assert_id(&c, 1, "b.2");
	assert_int_equal(c.start[0], 0);
	assert_int_equal(c.start[1], 0);
	assert_int_equal(find(&c, "a.1"), c.n);
	bp_criteria_free(&c);
	bp_doc_free(d);
}

/* A hundred subjects, two of them with lists, one far longer. */
static void
criteria_long_list_interleaves_to_the_end(void **state)
{
	struct bp_buf		 y = BP_BUF_INIT;
	struct bp_doc		*d;
	struct bp_criteria	 c;
	size_t			 i;

	(void)state;
	bp_buf_puts(&y, "format: 1\ntitle: T\nsummary: S.\nsubjects:\n");
	for (i = 0; i < 100; i++)
		bp_buf_printf(&y, "  - {id: s%zu, short: S%zu, name: N%zu}\n",
		    i, i, i);
	bp_buf_puts(&y, "features:\n  - id: f\n    label: F\n    values:\n");
	for (i = 0; i < 100; i++)
		bp_buf_printf(&y, "      s%zu: v\n", i);
	bp_buf_puts(&y, "choose:\n  s99: [p, q]\n  s0:\n");
	for (i = 0; i < 1000; i++)
		bp_buf_printf(&y, "    - c%zu\n", i);
	d = gen_load(y.data);
	bp_criteria_make(d, &c);
	assert_int_equal(c.n, 1002);
	assert_id(&c, 0, "s0.1");
	assert_id(&c, 1, "s99.1");
	assert_id(&c, 2, "s0.2");
	assert_id(&c, 3, "s99.2");
	assert_id(&c, 4, "s0.3");
	assert_id(&c, 1001, "s0.1000");
	assert_int_equal(find(&c, "s0.1000"), 1001);
	assert_int_equal(find(&c, "S99.2"), 3);
	assert_int_equal(find(&c, "s0.1001"), c.n);
	assert_int_equal(find(&c, "s99.3"), c.n);
	assert_int_equal(find(&c, "s50.1"), c.n);
	bp_criteria_free(&c);
	bp_doc_free(d);
	bp_buf_free(&y);
}

static void
find_takes_exact_ids_only(void **state)
{
	static const char *const bad[] = { "", ".", "lpo.", ".1", "lpo",
	    "lpo.0", "lpo.01", "lpo.001", "lpo.5", "lpo.+1", "lpo.-1",
	    "lpo.1x", "lpo. 1", " lpo.1", "lpo.1 ", "lp.1", "lpoo.1",
	    "lpo..1", "lpo.1.1", "lpo,1", "lpo.99999999999999999999",
	    "lpo.18446744073709551617", "lpo.18446744073709551616",
	    "lpo.4294967297", "\xff.1", "lpo.\xd9\xa1", "l\xc5\x8fo.1" };
	struct bp_criteria	 c;
	size_t			 i;

	(void)state;
	bp_criteria_make(builtin(), &c);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (find(&c, bad[i]) != c.n)
			fail_msg("found '%s'", bad[i]);
	/* Any case by ASCII rules. */
	assert_int_equal(find(&c, "LpO.4"), 7);
	assert_int_equal(find(&c, "BPO.1"), 0);
	/* A NUL anywhere: no id, whatever the bytes beside it. */
	assert_int_equal(bp_criteria_find(&c, "lpo\0.1", 6), c.n);
	assert_int_equal(bp_criteria_find(&c, "lpo.1\0", 6), c.n);
	assert_int_equal(bp_criteria_find(&c, "\0lpo.1", 6), c.n);
	assert_int_equal(bp_criteria_find(&c, "lp\0o.1", 6), c.n);
	/* Only len bytes count. */
	assert_int_equal(bp_criteria_find(&c, "lpo.12", 5), 1);
	assert_int_equal(bp_criteria_find(&c, "lpo.1", 4), c.n);
	assert_int_equal(bp_criteria_find(&c, "lpo.1", 0), c.n);
	bp_criteria_free(&c);
}

/* No choose list: no criteria, and no id is found. */
static void
criteria_none(void **state)
{
	struct bp_doc		*d = gen_load(nochoice);
	struct bp_criteria	 c;
	struct bp_tally		 t;

	(void)state;
	bp_criteria_make(d, &c);
	assert_int_equal(c.n, 0);
	assert_int_equal(c.nbyid, 0);
	assert_int_equal(find(&c, "a.1"), 0);
	bp_tally(&c, NULL, NULL, &t);
	assert_int_equal(t.n, 2);
	assert_int_equal(t.lean, BP_LEAN_NONE);
	bp_tally_free(&t);
	bp_criteria_free(&c);
	bp_doc_free(d);
}

/* ---- The answers parser. ---- */

static void
answers_take_lists(void **state)
{
	struct bp_criteria	 c;
	unsigned char		 a[8];

	(void)state;
	bp_criteria_make(builtin(), &c);
	memset(a, 0, sizeof(a));
	answer(&c, " lpo.1 ,\tBPO.2\t", BP_ANS_YES, a);
	assert_int_equal(a[1], BP_ANS_YES);
	assert_int_equal(a[2], BP_ANS_YES);
	assert_int_equal(a[0], BP_ANS_NONE);
	/* Given twice, or again with the same answer: once. */
	answer(&c, "lpo.3,lpo.3, LPO.3", BP_ANS_NO, a);
	answer(&c, "lpo.1", BP_ANS_YES, a);
	assert_int_equal(a[5], BP_ANS_NO);
	assert_int_equal(a[1], BP_ANS_YES);
	answer(&c, "bpo.1,lpo.1,bpo.2,lpo.2,bpo.3,bpo.4,lpo.4", BP_ANS_YES, a);
	assert_int_equal(a[0], BP_ANS_YES);
	assert_int_equal(a[5], BP_ANS_NO);
	assert_int_equal(a[7], BP_ANS_YES);
	bp_criteria_free(&c);
}

#define ALL8	" (criteria: bpo.1, lpo.1, bpo.2, lpo.2, bpo.3, lpo.3, " \
		"bpo.4, lpo.4)"

static void
answers_error_messages(void **state)
{
	struct bp_criteria	 c;
	unsigned char		 a[8];

	(void)state;
	bp_criteria_make(builtin(), &c);
	memset(a, 0, sizeof(a));
	a[6] = BP_ANS_NO;
	refused(&c, "lpo.9", BP_ANS_YES, a, "no criterion 'lpo.9'; did you "
	    "mean 'lpo.1', 'lpo.2' or 'lpo.3'?" ALL8);
	refused(&c, "lpo.01", BP_ANS_YES, a, "no criterion 'lpo.01'; did you "
	    "mean 'lpo.1'?" ALL8);
	refused(&c, "bpo.l", BP_ANS_YES, a, "no criterion 'bpo.l'; did you "
	    "mean 'bpo.1', 'bpo.2' or 'bpo.3'?" ALL8);
	refused(&c, "a.", BP_ANS_YES, a, "no criterion 'a.'" ALL8);
	refused(&c, "lpo.99999999999999999999", BP_ANS_YES, a,
	    "no criterion 'lpo.99999999999999999999'" ALL8);
	/* Blanks, nothing, an empty item. */
	refused(&c, "", BP_ANS_YES, a, "no criterion ids given");
	refused(&c, " \t ", BP_ANS_YES, a, "no criterion ids given");
	refused(&c, NULL, BP_ANS_YES, a, "no criterion ids given");
	refused(&c, ",", BP_ANS_YES, a,
	    "empty criterion id at item 1 of the list");
	refused(&c, ",lpo.1", BP_ANS_YES, a,
	    "empty criterion id at item 1 of the list");
	refused(&c, "lpo.1,,lpo.2", BP_ANS_YES, a,
	    "empty criterion id at item 2 of the list");
	refused(&c, "lpo.1, \t", BP_ANS_YES, a,
	    "empty criterion id at item 2 of the list");
	refused(&c, "lpo.1,lpo.2,", BP_ANS_YES, a,
	    "empty criterion id at item 3 of the list");
	/* The first bad item is the one reported. */
	refused(&c, "lpo.1,x.1,", BP_ANS_YES, a, "no criterion 'x.1'" ALL8);
	/* What the user typed comes back safe, and cut short. */
	refused(&c, "lpo.1\033[2J", BP_ANS_YES, a,
	    "no criterion 'lpo.1\\e[2J'" ALL8);
	refused(&c, "\xff\xfe.1", BP_ANS_YES, a,
	    "no criterion '\\xff\\xfe.1'" ALL8);
	refused(&c, "a\nb", BP_ANS_YES, a, "no criterion 'a\\x0ab'" ALL8);
	refused(&c, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", BP_ANS_YES, a,
	    "no criterion 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	    "xxxxxxxxxxxxxx...'" ALL8);
	/* Nothing was set by any of them. */
	assert_int_equal(a[1], BP_ANS_NONE);
	assert_int_equal(a[6], BP_ANS_NO);
	bp_criteria_free(&c);
}

/* Twelve criteria are listed in an error; thirteen are not. */
static void
answers_list_few_criteria_only(void **state)
{
	struct bp_doc		*d;
	struct bp_criteria	 c;
	unsigned char		 a[13];

	(void)state;
	memset(a, 0, sizeof(a));
	d = load_counts(6, 6);
	bp_criteria_make(d, &c);
	refused(&c, "a.9", BP_ANS_YES, a, "no criterion 'a.9'; did you mean "
	    "'a.1', 'a.2' or 'a.3'? (criteria: a.1, b.1, a.2, b.2, a.3, b.3, "
	    "a.4, b.4, a.5, b.5, a.6, b.6)");
	bp_criteria_free(&c);
	bp_doc_free(d);
	d = load_counts(7, 6);
	bp_criteria_make(d, &c);
	refused(&c, "a.9", BP_ANS_YES, a, "no criterion 'a.9'; did you mean "
	    "'a.1', 'a.2' or 'a.3'?");
	refused(&c, "zzzzzz.1", BP_ANS_YES, a, "no criterion 'zzzzzz.1'");
	answer(&c, "a.7", BP_ANS_YES, a);
	assert_int_equal(a[12], BP_ANS_YES);
	bp_criteria_free(&c);
	bp_doc_free(d);
	d = gen_load(nochoice);
	bp_criteria_make(d, &c);
	assert_int_equal(c.n, 0);
	refused(&c, "a.1", BP_ANS_YES, NULL,
	    "no criterion 'a.1'; the comparison has no choose lists");
	bp_criteria_free(&c);
	bp_doc_free(d);
}

static void
answers_refuse_yes_and_no(void **state)
{
	struct bp_criteria	 c;
	unsigned char		 a[8];

	(void)state;
	bp_criteria_make(builtin(), &c);
	memset(a, 0, sizeof(a));
	answer(&c, "lpo.1,bpo.2", BP_ANS_YES, a);
	/* bpo.3 comes first, but the whole list is refused: it stays unset. */
	refused(&c, "bpo.3, LPO.1", BP_ANS_NO, a,
	    "criterion 'lpo.1' is answered both yes and no");
	assert_int_equal(a[4], BP_ANS_NONE);
	answer(&c, "bpo.3", BP_ANS_NO, a);
	refused(&c, "lpo.2,bpo.3", BP_ANS_YES, a,
	    "criterion 'bpo.3' is answered both yes and no");
	assert_int_equal(a[3], BP_ANS_NONE);
	/* A bad id after a good one: the good one is not set either. */
	refused(&c, "lpo.2,lpo.9", BP_ANS_YES, a, "no criterion 'lpo.9'; did "
	    "you mean 'lpo.1', 'lpo.2' or 'lpo.3'?" ALL8);
	assert_int_equal(a[3], BP_ANS_NONE);
	refused(&c, "lpo.2,", BP_ANS_YES, a,
	    "empty criterion id at item 2 of the list");
	assert_int_equal(a[3], BP_ANS_NONE);
	bp_criteria_free(&c);
}

/* Whatever the bytes: accepted with no message, or refused with one. */
static void
check_any(const struct bp_criteria *c, const char *list, unsigned char *a,
    unsigned char *before)
{
	struct bp_buf	 err = BP_BUF_INIT;
	int		 v = gen_rnd(2) ? BP_ANS_YES : BP_ANS_NO;
	const char	*msg;
	size_t		 i;

	memcpy(before, a, c->n);
	if (bp_answers_parse(c, list, v, a, &err)) {
		assert_int_equal(err.len, 0);
		for (i = 0; i < c->n; i++)
			assert_true(a[i] == before[i] || (a[i] == v &&
			    before[i] == BP_ANS_NONE));
	} else {
		assert_true(err.len > 0);
		assert_memory_equal(a, before, c->n);
		/* One line, nothing raw, and short whatever the input. */
		assert_null(memchr(err.data, '\n', err.len));
		assert_true(err.len < 400);
		bp_buf_putc(&err, '\n');
		if ((msg = inv_term(err.data, err.len, 1000, 0)) != NULL)
			fail_msg("%s: %s", msg, err.data);
	}
	/* Now and then from scratch, so that yes and no both stick. */
	if (gen_rnd(8) == 0)
		memset(a, 0, c->n);
	bp_buf_free(&err);
}

static void
answers_survive_any_bytes(void **state)
{
	static const char *const tokens[] = { "lpo.1", "bpo.2", "LPO.3",
	    "bpo.4", "lpo.4", "lpo.", ".1", ",", ",", ",", " ", "\t", "lpo",
	    "lpo.99999999999999999999", "bpo.01", "x", "\xff", "\xe2\x80",
	    "\033", "lpo.0", ".", "..", "bpo..1", "é", "\xd9\xa1", "\n" };
	struct bp_criteria	 c;
	struct bp_buf		 s = BP_BUF_INIT;
	unsigned char		 a[8], before[8];
	size_t			 i, k, n;

	(void)state;
	bp_criteria_make(builtin(), &c);
	memset(a, 0, sizeof(a));
	for (i = 0; i < 20000; i++) {
		s.len = 0;
		bp_buf_putn(&s, LIT(""));
		n = gen_rnd(i % 10 == 0 ? 400 : 12);
		for (k = 0; k < n; k++) {
			if (i % 2 == 0)
				bp_buf_putc(&s, (char)(1 + gen_rnd(255)));
			else
				bp_buf_puts(&s, tokens[gen_rnd(sizeof(tokens) /
				    sizeof(tokens[0]))]);
		}
		check_any(&c, s.data, a, before);
	}
	/* Long: a million bytes of one id, of good ids, of commas. */
	s.len = 0;
	bp_buf_repeat(&s, "x", 1000000);
	check_any(&c, s.data, a, before);
	s.len = 0;
	bp_buf_repeat(&s, "lpo.1, ", 150000);
	bp_buf_puts(&s, "bpo.2");
	memset(a, 0, sizeof(a));
	answer(&c, s.data, BP_ANS_NO, a);
	assert_int_equal(a[1], BP_ANS_NO);
	assert_int_equal(a[2], BP_ANS_NO);
	s.len = 0;
	bp_buf_repeat(&s, ",", 1000000);
	check_any(&c, s.data, a, before);
	s.len = 0;
	bp_buf_puts(&s, "lpo.");
	bp_buf_repeat(&s, "9", 1000000);
	check_any(&c, s.data, a, before);
	bp_buf_free(&s);
	bp_criteria_free(&c);
}

/* ---- The picks parser. ---- */

/* Parses list, which must be good, into p. */
static void
pick(const struct bp_doc *d, const char *list, size_t *p)
{
	struct bp_buf	 err = BP_BUF_INIT;

	if (!bp_picks_parse(d, list, p, &err))
		fail_msg("'%s': %s", list, err.data);
	assert_int_equal(err.len, 0);
	bp_buf_free(&err);
}

/* Parses list, which must be refused with exactly want; p stays. */
static void
pick_refused(const struct bp_doc *d, const char *list, size_t *p,
    const char *want)
{
	struct bp_buf	 err = BP_BUF_INIT;
	size_t		*before;

	before = calloc(d->nfeatures + 1, sizeof(*before));
	assert_non_null(before);
	memcpy(before, p, d->nfeatures * sizeof(*p));
	assert_int_equal(bp_picks_parse(d, list, p, &err), 0);
	assert_non_null(err.data);
	assert_string_equal(err.data, want);
	assert_null(memchr(err.data, '\n', err.len));
	if (memcmp(before, p, d->nfeatures * sizeof(*p)) != 0)
		fail_msg("'%s' was refused but changed the picks", list);
	free(before);
	bp_buf_free(&err);
}

static void
picks_take_lists(void **state)
{
	struct bp_doc	*d = gen_load(edges);
	size_t		 p[5];

	(void)state;
	memset(p, 0, sizeof(p));
	pick(d, " fa = a ,\tFAB=B\t", p);
	assert_int_equal(p[0], BP_PICK_SUBJECT + 0);
	assert_int_equal(p[1], BP_PICK_SUBJECT + 1);
	assert_int_equal(p[2], BP_PICK_NONE);
	pick(d, "ftie=either,fc=EITHER,fnone=Either", p);
	assert_int_equal(p[2], BP_PICK_EITHER);
	assert_int_equal(p[3], BP_PICK_EITHER);
	assert_int_equal(p[4], BP_PICK_EITHER);
	/* The same pick again, in another case: once. */
	pick(d, "fa=A,fa=a", p);
	assert_int_equal(p[0], BP_PICK_SUBJECT + 0);
	bp_doc_free(d);
}

#define SUBJ3	" (subjects: a, b, c; or either)"

static void
picks_error_messages(void **state)
{
	struct bp_doc	*d = gen_load(edges);
	size_t		 p[5];

	(void)state;
	memset(p, 0, sizeof(p));
	p[4] = BP_PICK_SUBJECT + 2;
	pick_refused(d, "", p, "no picks given: FEATURE=SUBJECT,...");
	pick_refused(d, " \t", p, "no picks given: FEATURE=SUBJECT,...");
	pick_refused(d, NULL, p, "no picks given: FEATURE=SUBJECT,...");
	pick_refused(d, ",fa=a", p, "empty feature id at item 1 of the list");
	pick_refused(d, "fa=a,", p, "empty feature id at item 2 of the list");
	pick_refused(d, "fa=a, =b", p,
	    "empty feature id at item 2 of the list");
	/* Unknown feature: the nearest id. */
	pick_refused(d, "fb=a", p, "no feature 'fb'; did you mean 'fab'?");
	pick_refused(d, "fnon=a", p,
	    "no feature 'fnon'; did you mean 'fnone'?");
	pick_refused(d, "zzzzzz=a", p, "no feature 'zzzzzz'");
	pick_refused(d, "fa\033=a", p, "no feature 'fa\\e'; did you mean "
	    "'fa' or 'fab'?");
	/* Unknown subject: every id, and either. */
	pick_refused(d, "fa=d", p, "no subject 'd'" SUBJ3);
	pick_refused(d, "fa=alpha", p, "no subject 'alpha'" SUBJ3);
	pick_refused(d, "fa=eith", p, "no subject 'eith'" SUBJ3);
	pick_refused(d, "fa=a b", p, "no subject 'a b'" SUBJ3);
	/* No '=', or nothing after it. */
	pick_refused(d, "fa", p, "pick for 'fa' needs =SUBJECT or =either");
	pick_refused(d, "fa=", p, "pick for 'fa' needs =SUBJECT or =either");
	pick_refused(d, "fab= \t,fa=a", p,
	    "pick for 'fab' needs =SUBJECT or =either");
	/* A pick against an earlier list's. */
	pick_refused(d, "fnone=a", p,
	    "feature 'fnone' is picked twice, differently");
	pick_refused(d, "fa=a,fnone=either", p,
	    "feature 'fnone' is picked twice, differently");
	assert_int_equal(p[0], BP_PICK_NONE);
	assert_int_equal(p[4], BP_PICK_SUBJECT + 2);
	bp_doc_free(d);
}

/*
 * Two picks of one feature in one list: refused, and, as for any bad
 * list, nothing set.
 */
static void
picks_conflict_in_one_list(void **state)
{
	struct bp_doc	*d = gen_load(edges);
	size_t		 p[5];

	(void)state;
	memset(p, 0, sizeof(p));
	pick_refused(d, "fa=a,fa=b", p,
	    "feature 'fa' is picked twice, differently");
	pick_refused(d, "fa=either,FA=c", p,
	    "feature 'FA' is picked twice, differently");
	bp_doc_free(d);
}

/* Whatever the bytes: accepted with no message, or refused with one. */
static void
picks_survive_any_bytes(void **state)
{
	static const char *const tokens[] = { "fa", "fab", "FC", "=", "=",
	    "a", "b", "either", "E", ",", ",", " ", "\t", "\xff", "\033",
	    "\xe2\x80", "==", "é", "\n" };
	struct bp_doc	*d = gen_load(edges);
	struct bp_buf	 s = BP_BUF_INIT, err = BP_BUF_INIT;
	size_t		 p[5], before[5], i, k, n;
	const char	*msg;

	(void)state;
	memset(p, 0, sizeof(p));
	for (i = 0; i < 20000; i++) {
		s.len = 0;
		bp_buf_putn(&s, LIT(""));
		n = gen_rnd(i % 10 == 0 ? 300 : 10);
		for (k = 0; k < n; k++) {
			if (i % 3 == 0)
				bp_buf_putc(&s, (char)(1 + gen_rnd(255)));
			else
				bp_buf_puts(&s, tokens[gen_rnd(sizeof(tokens) /
				    sizeof(tokens[0]))]);
		}
		memcpy(before, p, sizeof(p));
		err.len = 0;
		if (bp_picks_parse(d, s.data, p, &err))
			assert_int_equal(err.len, 0);
		else {
			assert_true(err.len > 0);
			assert_null(memchr(err.data, '\n', err.len));
			assert_true(err.len < 400);
			bp_buf_putc(&err, '\n');
			msg = inv_term(err.data, err.len, 1000, 0);
			if (msg != NULL)
				fail_msg("%s: %s", msg, err.data);
		}
		for (k = 0; k < 5; k++)
			assert_true(p[k] < BP_PICK_SUBJECT + 3);
		if (gen_rnd(4) == 0)
			memset(p, 0, sizeof(p));
	}
	bp_buf_free(&s);
	bp_buf_free(&err);
	bp_doc_free(d);
}

/* ---- The tally. ---- */

/* The tally of answers given as two lists, either NULL. */
static void
tally_of(const struct bp_criteria *c, unsigned char *a, const char *yes,
    const char *no, struct bp_tally *t)
{
	memset(a, 0, c->n);
	if (yes != NULL)
		answer(c, yes, BP_ANS_YES, a);
	if (no != NULL)
		answer(c, no, BP_ANS_NO, a);
	bp_tally(c, a, NULL, t);
}

static void
tally_leans_ties_and_abstains(void **state)
{
	struct bp_criteria	 c;
	struct bp_tally		 t;
	unsigned char		 a[8];

	(void)state;
	bp_criteria_make(builtin(), &c);
	tally_of(&c, a, "lpo.1,lpo.2", "bpo.1", &t);
	assert_int_equal(t.lean, BP_LEAN_SUBJECT);
	assert_int_equal(t.ntop, 1);
	assert_int_equal(t.top[0], 1);
	assert_int_equal(t.answered, 3);
	assert_int_equal(t.v[0].total, 4);
	assert_int_equal(t.v[0].answered, 1);
	assert_int_equal(t.v[0].fits, 0);
	assert_int_equal(t.v[1].answered, 2);
	assert_int_equal(t.v[1].fits, 2);
	bp_tally_free(&t);

	/* The same counts: a tie, in subject order. */
	tally_of(&c, a, "lpo.1,bpo.1", NULL, &t);
	assert_int_equal(t.lean, BP_LEAN_TIE);
	assert_int_equal(t.ntop, 2);
	assert_int_equal(t.top[0], 0);
	assert_int_equal(t.top[1], 1);
	bp_tally_free(&t);

	/* The same proportion from other counts, 1 of 2 and 2 of 4: a tie. */
	tally_of(&c, a, "bpo.1,lpo.1,lpo.2", "bpo.2,lpo.3,lpo.4", &t);
	assert_int_equal(t.lean, BP_LEAN_TIE);
	assert_int_equal(t.ntop, 2);
	assert_int_equal(t.v[0].fits, 1);
	assert_int_equal(t.v[0].answered, 2);
	assert_int_equal(t.v[1].fits, 2);
	assert_int_equal(t.v[1].answered, 4);
	bp_tally_free(&t);

	/* Nothing answered, or only no: no lean. */
	tally_of(&c, a, NULL, NULL, &t);
	assert_int_equal(t.lean, BP_LEAN_NONE);
	assert_int_equal(t.ntop, 0);
	assert_int_equal(t.answered, 0);
	bp_tally_free(&t);
	bp_tally(&c, NULL, NULL, &t);
	assert_int_equal(t.lean, BP_LEAN_NONE);
	assert_int_equal(t.v[1].total, 4);
	bp_tally_free(&t);
	/* 0 fits of 3 answered. */
	tally_of(&c, a, NULL, "bpo.1,lpo.1,lpo.2", &t);
	assert_int_equal(t.lean, BP_LEAN_NONE);
	assert_int_equal(t.ntop, 0);
	assert_int_equal(t.answered, 3);
	assert_int_equal(t.v[1].answered, 2);
	assert_int_equal(t.v[1].fits, 0);
	bp_tally_free(&t);

	/* One fit among many no beats none among some no. */
	tally_of(&c, a, "bpo.4", "bpo.1,bpo.2,bpo.3,lpo.1", &t);
	assert_int_equal(t.lean, BP_LEAN_SUBJECT);
	assert_int_equal(t.top[0], 0);
	bp_tally_free(&t);
	bp_criteria_free(&c);
}

static void
tally_proportion_beats_count(void **state)
{
	struct bp_doc		*d = gen_load(three);
	struct bp_criteria	 c;
	struct bp_tally		 t;
	unsigned char		 a[5];

	(void)state;
	bp_criteria_make(d, &c);
	/* Tea: 2 of 3; cocoa: 1 of 1. */
	tally_of(&c, a, "tea.1,tea.2,cocoa.1", "tea.3", &t);
	assert_int_equal(t.lean, BP_LEAN_SUBJECT);
	assert_int_equal(t.top[0], 2);
	assert_int_equal(t.n, 3);
	assert_int_equal(t.v[1].total, 0);
	bp_tally_free(&t);
	/* Tea: 2 of 2; cocoa 1 of 2. */
	tally_of(&c, a, "tea.1,tea.2,cocoa.1", "cocoa.2", &t);
	assert_int_equal(t.lean, BP_LEAN_SUBJECT);
	assert_int_equal(t.top[0], 0);
	bp_tally_free(&t);
	/* Tea: 1 of 2; cocoa 1 of 2: a tie between the first and the third. */
	tally_of(&c, a, "tea.1,cocoa.1", "cocoa.2,tea.3", &t);
	assert_int_equal(t.lean, BP_LEAN_TIE);
	assert_int_equal(t.ntop, 2);
	assert_int_equal(t.top[0], 0);
	assert_int_equal(t.top[1], 2);
	bp_tally_free(&t);
	bp_criteria_free(&c);
	bp_doc_free(d);
}

static void
tally_more_than_two(void **state)
{
	struct bp_doc		*d = gen_load(edges);
	struct bp_criteria	 c;
	struct bp_tally		 t;
	unsigned char		 a[6];

	(void)state;
	bp_criteria_make(d, &c);
	tally_of(&c, a, "a.1,b.1,c.1", NULL, &t);
	assert_int_equal(t.lean, BP_LEAN_TIE);
	assert_int_equal(t.ntop, 3);
	bp_tally_free(&t);
	tally_of(&c, a, "a.1,c.1", "b.1", &t);
	assert_int_equal(t.lean, BP_LEAN_TIE);
	assert_int_equal(t.ntop, 2);
	assert_int_equal(t.top[0], 0);
	assert_int_equal(t.top[1], 2);
	bp_tally_free(&t);
	/* 1 of 1 beats 1 of 2 and 0 of 2. */
	tally_of(&c, a, "b.1,a.2", "a.1,c.1,c.2", &t);
	assert_int_equal(t.lean, BP_LEAN_SUBJECT);
	assert_int_equal(t.top[0], 1);
	assert_int_equal(t.answered, 5);
	bp_tally_free(&t);
	bp_criteria_free(&c);
	bp_doc_free(d);
}

static void
tally_picks_counts_each_row(void **state)
{
	struct bp_doc	*d = gen_load(edges);
	struct bp_tally	 t;
	size_t		 p[5];
	size_t		 s;

	(void)state;
	memset(p, 0, sizeof(p));
	bp_tally_picks(d, p, NULL, &t);
	assert_int_equal(t.lean, BP_LEAN_NONE);
	assert_int_equal(t.answered, 0);
	assert_int_equal(t.n, 3);
	for (s = 0; s < 3; s++)
		assert_int_equal(t.v[s].total, 5);
	bp_tally_free(&t);
	bp_tally_picks(d, NULL, NULL, &t);
	assert_int_equal(t.lean, BP_LEAN_NONE);
	bp_tally_free(&t);

	/* Either counts as answered, a fit for none. */
	pick(d, "fa=either,ftie=either", p);
	bp_tally_picks(d, p, NULL, &t);
	assert_int_equal(t.lean, BP_LEAN_NONE);
	assert_int_equal(t.answered, 2);
	assert_int_equal(t.v[0].answered, 2);
	assert_int_equal(t.v[0].fits, 0);
	bp_tally_free(&t);

	pick(d, "fab=b,fc=c,fnone=b", p);
	bp_tally_picks(d, p, NULL, &t);
	assert_int_equal(t.lean, BP_LEAN_SUBJECT);
	assert_int_equal(t.top[0], 1);
	assert_int_equal(t.answered, 5);
	assert_int_equal(t.v[1].fits, 2);
	assert_int_equal(t.v[2].fits, 1);
	assert_int_equal(t.v[2].answered, 5);
	bp_tally_free(&t);

	memset(p, 0, sizeof(p));
	pick(d, "fa=a,fc=c", p);
	bp_tally_picks(d, p, NULL, &t);
	assert_int_equal(t.lean, BP_LEAN_TIE);
	assert_int_equal(t.ntop, 2);
	assert_int_equal(t.top[0], 0);
	assert_int_equal(t.top[1], 2);
	bp_tally_free(&t);
	bp_doc_free(d);
}

/* ---- The decision: the lean's rows and where to read on. ---- */

/* The feature ids of dc's rows, comma-separated. */
static char *
rows_of(const struct bp_decision *dc)
{
	struct bp_buf	 b = BP_BUF_INIT;
	size_t		 k;

	bp_buf_putn(&b, LIT(""));
	for (k = 0; k < dc->nrows; k++) {
		if (k > 0)
			bp_buf_putc(&b, ',');
		bp_buf_puts(&b, dc->doc->features[dc->rows[k]].id.s);
	}
	return bp_buf_take(&b);
}

/* A decision by criteria on d from two lists, finished. */
static void
decided(struct bp_decision *dc, const struct bp_doc *d, const char *yes,
    const char *no)
{
	bp_decision_init(dc, d, BP_BY_CRITERIA);
	if (yes != NULL)
		answer(&dc->crit, yes, BP_ANS_YES, dc->answers);
	if (no != NULL)
		answer(&dc->crit, no, BP_ANS_NO, dc->answers);
	bp_decision_finish(dc);
}

static void
assert_rows(const struct bp_decision *dc, const char *want)
{
	char	*got = rows_of(dc);

	assert_string_equal(got, want);
	free(got);
}

static void
assert_read(const struct bp_decision *dc, const char *want)
{
	if (want == NULL) {
		if (dc->read != NULL)
			fail_msg("read on '%s', want none", dc->read->id.s);
		return;
	}
	assert_non_null(dc->read);
	assert_string_equal(dc->read->id.s, want);
}

static void
decision_rows_and_read(void **state)
{
	struct bp_doc		*d = gen_load(edges);
	struct bp_decision	 dc;

	(void)state;
	/* Alpha: its own edge and the one it shares with b. */
	decided(&dc, d, "a.1", "b.1");
	assert_int_equal(dc.tally.lean, BP_LEAN_SUBJECT);
	assert_rows(&dc, "fa,fab");
	assert_read(&dc, "when");
	bp_decision_free(&dc);
	/* Beta: the shared edge alone. */
	decided(&dc, d, "b.1,b.2", "a.1");
	assert_rows(&dc, "fab");
	assert_read(&dc, "when");
	bp_decision_free(&dc);
	/* Gamma: its edge; no section says when to choose it. */
	decided(&dc, d, "c.1", NULL);
	assert_rows(&dc, "fc");
	assert_read(&dc, "gam");
	bp_decision_free(&dc);
	/* A tie of Alpha and Gamma: the rows of either, in document order. */
	decided(&dc, d, "a.1,c.1", NULL);
	assert_int_equal(dc.tally.lean, BP_LEAN_TIE);
	assert_rows(&dc, "fa,fab,fc");
	assert_read(&dc, NULL);
	bp_decision_free(&dc);
	/* Alpha and Beta: the section names both. */
	decided(&dc, d, "a.1,b.1", NULL);
	assert_rows(&dc, "fa,fab");
	assert_read(&dc, "when");
	bp_decision_free(&dc);
	/* No lean: no rows. */
	decided(&dc, d, NULL, "a.1,b.1,c.1");
	assert_int_equal(dc.tally.lean, BP_LEAN_NONE);
	assert_int_equal(dc.nrows, 0);
	bp_decision_free(&dc);
	/* Finished twice, after the answers change: the new result. */
	decided(&dc, d, "a.1", NULL);
	assert_rows(&dc, "fa,fab");
	dc.answers[0] = BP_ANS_NO;
	dc.answers[2] = BP_ANS_YES;	/* c.1 */
	bp_decision_finish(&dc);
	assert_rows(&dc, "fc");
	bp_decision_free(&dc);

	/* By features: the rows picked for the subject leaned to. */
	bp_decision_init(&dc, d, BP_BY_FEATURES);
	assert_int_equal(bp_decision_n(&dc), 5);
	pick(d, "fa=c,fab=b,ftie=c,fnone=either", dc.picks);
	bp_decision_finish(&dc);
	assert_int_equal(dc.tally.lean, BP_LEAN_SUBJECT);
	assert_int_equal(dc.tally.top[0], 2);
	assert_rows(&dc, "fa,ftie");
	assert_read(&dc, "gam");
	bp_decision_free(&dc);
	bp_doc_free(d);

	/* The built-in data: every edge a tie, no rows; "fit" says when. */
	decided(&dc, builtin(), "lpo.1,lpo.3", "bpo.2");
	assert_int_equal(dc.tally.lean, BP_LEAN_SUBJECT);
	assert_int_equal(dc.nrows, 0);
	assert_read(&dc, "fit");
	bp_decision_free(&dc);
}

/* What the shared wording says: the lean, the counts, the rows' title. */
static char *
said(const struct bp_decision *dc,
    void (*f)(struct bp_buf *, const struct bp_decision *))
{
	struct bp_buf	 b = BP_BUF_INIT;

	bp_buf_putn(&b, LIT(""));
	f(&b, dc);
	return bp_buf_take(&b);
}

static void
assert_lean(const struct bp_decision *dc, const char *want)
{
	char	*got = said(dc, bp_decision_lean);

	assert_string_equal(got, want);
	free(got);
}

static void
assert_count(const struct bp_decision *dc, size_t s, const char *want)
{
	struct bp_buf	 b = BP_BUF_INIT;

	bp_decision_count(&b, dc, s);
	assert_non_null(b.data);
	assert_string_equal(b.data, want);
	bp_buf_free(&b);
}

static void
decision_words(void **state)
{
	struct bp_doc		*d = gen_load(edges), *t3 = gen_load(three);
	struct bp_decision	 dc;
	char			*s;

	(void)state;
	decided(&dc, builtin(), "lpo.1,lpo.3", "bpo.2");
	assert_lean(&dc, "Your answers lean to Legal Process Outsourcing "
	    "(LPO): it fits 2 of 2 answered criteria.");
	assert_count(&dc, 0, "BPO: 0 of 1 answered fit (4 criteria)");
	assert_count(&dc, 1, "LPO: 2 of 2 answered fit (4 criteria)");
	s = said(&dc, bp_decision_rows_title);
	assert_string_equal(s, "No feature gives LPO the edge");
	free(s);
	bp_decision_free(&dc);

	decided(&dc, builtin(), "bpo.1", NULL);
	assert_lean(&dc, "Your answers lean to Business Process Outsourcing "
	    "(BPO): it fits 1 of 1 answered criterion.");
	bp_decision_free(&dc);

	/* Ties: the same counts, and the same proportion of others. */
	decided(&dc, builtin(), "bpo.1,lpo.1", NULL);
	assert_lean(&dc, "A tie: your answers fit BPO and LPO equally, 1 of 1 "
	    "answered criterion each.");
	bp_decision_free(&dc);
	decided(&dc, builtin(), "bpo.1,lpo.1,lpo.2", "bpo.2,lpo.3,lpo.4");
	assert_lean(&dc, "A tie: your answers fit BPO and LPO equally, 1 of 2 "
	    "and 2 of 4 answered.");
	bp_decision_free(&dc);
	decided(&dc, d, "a.1,b.1,c.1", NULL);
	assert_lean(&dc, "A tie: your answers fit Alpha, Beta and Gamma "
	    "equally, 1 of 1 answered criterion each.");
	s = said(&dc, bp_decision_rows_title);
	assert_string_equal(s, "Features where Alpha, Beta or Gamma have the "
	    "edge");
	free(s);
	bp_decision_free(&dc);
	decided(&dc, d, "a.1", NULL);
	s = said(&dc, bp_decision_rows_title);
	assert_string_equal(s, "Features where Alpha has the edge");
	free(s);
	bp_decision_free(&dc);

	/* Nothing to lean on. */
	decided(&dc, builtin(), NULL, NULL);
	assert_lean(&dc, "Not enough answers to lean either way: nothing was "
	    "answered.");
	assert_count(&dc, 0, "BPO: 0 of 0 answered fit (4 criteria)");
	bp_decision_free(&dc);
	decided(&dc, builtin(), NULL, "bpo.1");
	assert_lean(&dc, "Not enough answers to lean either way: no criterion "
	    "was answered yes.");
	bp_decision_free(&dc);

	/* A subject without criteria; one with a single one. */
	decided(&dc, t3, "tea.1", NULL);
	assert_count(&dc, 1, "Coffee: no criteria");
	assert_count(&dc, 0, "Tea: 1 of 1 answered fit (3 criteria)");
	bp_decision_free(&dc);

	/* By features. */
	bp_decision_init(&dc, d, BP_BY_FEATURES);
	pick(d, "fa=a,fc=either", dc.picks);
	bp_decision_finish(&dc);
	assert_lean(&dc, "Your answers lean to Alpha letter (Alpha): you "
	    "picked it for 1 of 2 answered features.");
	assert_count(&dc, 0, "Alpha: 1 of 2 answered features (5 in all)");
	s = said(&dc, bp_decision_rows_title);
	assert_string_equal(s, "Features you picked for Alpha");
	free(s);
	bp_decision_free(&dc);
	bp_decision_init(&dc, d, BP_BY_FEATURES);
	pick(d, "fa=either", dc.picks);
	bp_decision_finish(&dc);
	assert_lean(&dc, "Not enough answers to lean either way: no feature "
	    "was picked for a subject.");
	bp_decision_free(&dc);
	bp_doc_free(t3);
	bp_doc_free(d);
}

/* ---- The questions, asked a line at a time. ---- */

static struct bp_opts
opts(size_t width)
{
	struct bp_opts	 o;

	memset(&o, 0, sizeof(o));
	o.width = width;
	return o;
}

/* Three subjects whose short names are not their ids. */
static const char named[] =
    "format: 1\n"
    "title: Named\n"
    "summary: S.\n"
    "subjects:\n"
    "  - {id: gt, short: Green, name: Green tea}\n"
    "  - {id: bt, short: Black, name: Black tea}\n"
    "  - {id: wt, short: White, name: White tea}\n"
    "features:\n"
    "  - {id: f1, label: Taste, values: {gt: grassy, bt: malty, "
    "wt: sweet}}\n"
    "  - {id: f2, label: Colour, values: {gt: green, bt: dark, "
    "wt: pale}}\n"
    "  - {id: f3, label: Price, values: {gt: low, bt: low, wt: high}}\n"
    "  - {id: f4, label: Caffeine, values: {gt: some, bt: most, "
    "wt: least}}\n"
    "  - {id: f5, label: Shelf life, values: {gt: short, bt: long, "
    "wt: short}}\n"
    "  - {id: f6, label: Origin, values: {gt: China, bt: India, "
    "wt: China}}\n";

/*
 * What is typed, read as a terminal gives it: a line at a time, each
 * read noting where the output stood then, where the terminal echoes
 * the line.
 */
struct typed {
	const char	*s;
	size_t		 len, at;
	FILE		*out;
	size_t		 marks[64];	/* output offset of each line read */
	size_t		 lines[64];	/* where the line begins in s */
	size_t		 n;
};

static ssize_t
typed_read(void *cookie, char *buf, size_t size)
{
	struct typed	*t = cookie;
	const char	*nl;
	size_t		 n;

	if (t->at >= t->len || size == 0)
		return 0;
	nl = memchr(t->s + t->at, '\n', t->len - t->at);
	n = nl != NULL ? (size_t)(nl - (t->s + t->at)) + 1 : t->len - t->at;
	if (n > size)
		n = size;
	if (t->n < 64 && (t->n == 0 || t->lines[t->n - 1] < t->at) &&
	    (t->at == 0 || t->s[t->at - 1] == '\n')) {
		t->marks[t->n] = (size_t)ftell(t->out);
		t->lines[t->n++] = t->at;
	}
	memcpy(buf, t->s + t->at, n);
	t->at += n;
	return (ssize_t)n;
}

/*
 * What a terminal shows: out, with each line typed where it was read,
 * as the terminal echoes it (a tab as a space, a carriage return not).
 */
static char *
echoed(const char *out, size_t len, const struct typed *t)
{
	struct bp_buf	 b = BP_BUF_INIT;
	size_t		 k, at = 0, i;

	bp_buf_putn(&b, LIT(""));
	for (k = 0; k < t->n; k++) {
		if (t->marks[k] > len || t->marks[k] < at)
			fail_msg("read at %zu of %zu", t->marks[k], len);
		bp_buf_putn(&b, out + at, t->marks[k] - at);
		at = t->marks[k];
		for (i = t->lines[k]; i < t->len && t->s[i] != '\n'; i++)
			if (t->s[i] != '\r')
				bp_buf_putc(&b, t->s[i] == '\t' ? ' ' : t->s[i]);
		bp_buf_putc(&b, '\n');
	}
	bp_buf_putn(&b, out + at, len - at);
	return bp_buf_take(&b);
}

/*
 * Asks dc's questions with input as what was typed: what was written.
 * The screen it makes, with the input echoed, fits the width.
 */
static char *
ask(struct bp_decision *dc, const char *input, size_t width)
{
	static const cookie_io_functions_t io = { .read = typed_read };
	struct bp_opts	 o = opts(width);
	struct typed	 t;
	FILE		*in, *out;
	char		*shown = NULL, *screen;
	size_t		 len = 0;
	const char	*err;

	out = open_memstream(&shown, &len);
	assert_non_null(out);
	memset(&t, 0, sizeof(t));
	t.s = input;
	t.len = strlen(input);
	t.out = out;
	in = fopencookie(&t, "r", io);
	assert_non_null(in);
	bp_ask_file(in, out, dc, &o);
	fclose(in);
	fclose(out);
	screen = echoed(shown, len, &t);
	if ((err = inv_term(screen, strlen(screen), width, 0)) != NULL)
		fail_msg("questions at width %zu: %s\n%s", width, err, screen);
	free(screen);
	return shown;
}

/*
 * bp_ask_file() promises questions and prompts wrapped to the width: the
 * prompt's line, with the answer typed after it, too.
 */
/* A read that fails: no answer, and the caller is told (-1). */
static ssize_t
failing_read(void *c, char *buf, size_t size)
{
	(void)c;
	(void)buf;
	(void)size;
	errno = EIO;
	return -1;
}

static void
ask_read_error(void **state)
{
	static const cookie_io_functions_t io = { .read = failing_read };
	struct bp_decision	 dc;
	struct bp_opts		 o = opts(80);
	FILE			*in, *out;

	(void)state;
	bp_decision_init(&dc, builtin(), BP_BY_CRITERIA);
	out = fopen("/dev/null", "w");
	in = fopencookie(NULL, "r", io);
	assert_non_null(out);
	assert_non_null(in);
	assert_int_equal(bp_ask_file(in, out, &dc, &o), -1);
	assert_int_equal(errno, EIO);
	assert_int_equal(dc.answers[0], BP_ANS_NONE);
	fclose(in);
	fclose(out);
	bp_decision_free(&dc);
}

/* How many times needle is in s. */
static size_t
count(const char *s, const char *needle)
{
	size_t	 n = 0;

	for (; (s = strstr(s, needle)) != NULL; s += strlen(needle))
		n++;
	return n;
}

/*
 * Subjects named like the answer words: ids b, q and e, a short name
 * "either", an id that is a number past the list's end.
 */
static const char clash[] =
    "format: 1\n"
    "title: Letters\n"
    "summary: S.\n"
    "subjects:\n"
    "  - {id: b, short: B, name: Bee}\n"
    "  - {id: q, short: Q, name: Queue}\n"
    "  - {id: \"7\", short: Seven, name: Seven}\n"
    "  - {id: h, short: either, name: Aitch}\n"
    "  - {id: e, short: E, name: Eee}\n"
    "features:\n"
    "  - {id: f1, label: One, values: {b: x, q: x, \"7\": x, h: x, e: x}}\n"
    "  - {id: f2, label: Two, values: {b: x, q: x, \"7\": x, h: x, e: x}}\n"
    "  - {id: f3, label: Three, values: {b: x, q: x, \"7\": x, h: x, e: x}}\n"
    "  - {id: f4, label: Four, values: {b: x, q: x, \"7\": x, h: x, e: x}}\n"
    "  - {id: f5, label: Five, values: {b: x, q: x, \"7\": x, h: x, e: x}}\n"
    "  - {id: f6, label: Six, values: {b: x, q: x, \"7\": x, h: x, e: x}}\n";

/*
 * The words the prompt offers keep their meaning whatever the subjects
 * are called: "b" goes back though a subject is b, "either" is either
 * though a subject's short name is; such a subject is picked by its
 * number, which the answer says.  A number is a place in the list; one
 * past the end may still be an id.
 */
static void
ask_words_before_subjects(void **state)
{
	struct bp_decision	 dc;
	struct bp_doc		*d = gen_load(clash);
	char			*s;

	(void)state;
	bp_decision_init(&dc, d, BP_BY_FEATURES);
	s = ask(&dc, "b\n1\n7\neither\ne\nh\n4\nQ\n", 80);
	assert_int_equal(dc.picks[0], BP_PICK_SUBJECT + 0);
	assert_int_equal(dc.picks[1], BP_PICK_SUBJECT + 2);
	assert_int_equal(dc.picks[2], BP_PICK_EITHER);
	assert_int_equal(dc.picks[3], BP_PICK_EITHER);
	assert_int_equal(dc.picks[4], BP_PICK_SUBJECT + 3);
	assert_int_equal(dc.picks[5], BP_PICK_NONE);
	assert_int_equal(count(s, "This is the first question."), 1);
	assert_int_equal(count(s, "'b' means back here; answer 1 for B.\n"),
	    1);
	assert_int_equal(count(s, "'either' means either here; answer 4 for "
	    "either.\n"), 1);
	assert_int_equal(count(s, "'e' means either here; answer 5 for E.\n"),
	    1);
	assert_int_equal(count(s, "'h' means help here; answer 4 for "
	    "either.\n"), 1);
	assert_int_equal(count(s, "'Q' means quit here; answer 2 for Q.\n"),
	    1);
	assert_non_null(strstr(s, "Answer with the number"));
	/* A subject's id or short name, where no word is meant, as before. */
	free(s);
	bp_decision_free(&dc);
	bp_decision_init(&dc, d, BP_BY_FEATURES);
	free(ask(&dc, "seven\nB\n", 80));
	assert_int_equal(dc.picks[0], BP_PICK_SUBJECT + 2);
	assert_int_equal(dc.picks[1], BP_PICK_NONE);
	bp_decision_free(&dc);
	bp_doc_free(d);
}

static void
ask_prompts_fit(void **state)
{
	static const size_t widths[] = { 20, 37, 47, 48, 49, 50, 51, 52 };
	struct bp_decision	 dc;
	struct bp_doc		*d = gen_load(edges);
	size_t			 w;
	int			 by;

	(void)state;
	for (w = 0; w < sizeof(widths) / sizeof(widths[0]); w++)
		for (by = 0; by < BP_BY__MAX; by++) {
			bp_decision_init(&dc, d, (enum bp_by)by);
			free(ask(&dc, "y\n1\n?\nb\nq\n", widths[w]));
			bp_decision_free(&dc);
		}
	bp_doc_free(d);
}

static void
ask_yes_no_skip(void **state)
{
	struct bp_decision	 dc;
	char			*s;
	size_t			 i;

	(void)state;
	bp_decision_init(&dc, builtin(), BP_BY_CRITERIA);
	s = ask(&dc, "y\nn\n\nYES\n No \nyes\nno\ny\n", 80);
	assert_int_equal(dc.answers[0], BP_ANS_YES);
	assert_int_equal(dc.answers[1], BP_ANS_NO);
	assert_int_equal(dc.answers[2], BP_ANS_NONE);
	assert_int_equal(dc.answers[3], BP_ANS_YES);
	assert_int_equal(dc.answers[4], BP_ANS_NO);
	assert_int_equal(dc.answers[5], BP_ANS_YES);
	assert_int_equal(dc.answers[6], BP_ANS_NO);
	assert_int_equal(dc.answers[7], BP_ANS_YES);
	/* Each question once, in the criteria's order, with its place. */
	assert_non_null(strstr(s, "1/8  Does this describe your situation?\n"
	    "     High-volume operational functions like support, data entry, "
	    "and payroll\n"));
	assert_non_null(strstr(s, "2/8  Does this describe your situation?\n"
	    "     Legal work: document review"));
	for (i = 1; i <= 8; i++) {
		char	 mark[8];

		snprintf(mark, sizeof(mark), "%zu/8 ", i);
		assert_int_equal(count(s, mark), 1);
	}
	assert_int_equal(count(s, "[y]es, [n]o, Enter to skip, [b]ack, "
	    "[q]uit, ? > "), 8);
	free(s);
	bp_decision_finish(&dc);
	assert_int_equal(dc.tally.v[0].answered, 3);
	assert_int_equal(dc.tally.v[0].fits, 1);
	assert_int_equal(dc.tally.v[1].answered, 4);
	assert_int_equal(dc.tally.v[1].fits, 3);
	assert_int_equal(dc.tally.lean, BP_LEAN_SUBJECT);
	assert_int_equal(dc.tally.top[0], 1);
	bp_decision_free(&dc);
}

static void
ask_back_help_unknown_quit(void **state)
{
	struct bp_decision	 dc;
	char			*s;
	size_t			 i;

	(void)state;
	bp_decision_init(&dc, builtin(), BP_BY_CRITERIA);
	/*
	 * y, n, skip; back to the third, now yes; help and unknown on the
	 * fourth, which is asked again; back twice, the second now yes; quit.
	 */
	s = ask(&dc, "y\nn\n\nb\ny\n?\nmaybe\nb\nb\nY\nq\n", 80);
	assert_int_equal(dc.answers[0], BP_ANS_YES);
	assert_int_equal(dc.answers[1], BP_ANS_YES);
	assert_int_equal(dc.answers[2], BP_ANS_YES);
	for (i = 3; i < 8; i++)
		assert_int_equal(dc.answers[i], BP_ANS_NONE);
	assert_non_null(strstr(s, "? > Answer y if this describes your "
	    "situation, n if it does not;"));
	assert_non_null(strstr(s, "to stop and see the result so far.\n"
	    "[y]es, [n]o, Enter to skip, [b]ack, [q]uit, ? > "));
	assert_non_null(strstr(s, "? > Not an answer here; ? explains.\n"
	    "[y]es, [n]o, Enter to skip, [b]ack, [q]uit, ? > "));
	/* Back at an answered question: its answer is shown. */
	assert_non_null(strstr(s, "\nAnswered no; a new answer replaces "
	    "it, Enter clears it.\n"));
	/* Asked: 1, 2, 3, 4, 3 (back), 4, 3, 2 (back twice), 3. */
	assert_int_equal(count(s, "1/8 "), 1);
	assert_int_equal(count(s, "2/8 "), 2);
	assert_int_equal(count(s, "3/8 "), 4);
	assert_int_equal(count(s, "4/8 "), 2);
	assert_int_equal(count(s, "5/8 "), 0);
	free(s);
	bp_decision_free(&dc);

	/* Back at the first question: said, and asked again. */
	bp_decision_init(&dc, builtin(), BP_BY_CRITERIA);
	s = ask(&dc, "b\nback\nBACK\nh\nhelp\nn\nquit\n", 40);
	assert_int_equal(count(s, "This is the first question."), 3);
	assert_int_equal(count(s, "1/8 "), 1);
	assert_int_equal(count(s, "2/8 "), 1);
	assert_int_equal(count(s, "Answer y if this"), 2);
	assert_int_equal(dc.answers[0], BP_ANS_NO);
	assert_int_equal(dc.answers[1], BP_ANS_NONE);
	free(s);
	bp_decision_free(&dc);

	/* Back, then Enter: the earlier answer is taken back. */
	bp_decision_init(&dc, builtin(), BP_BY_CRITERIA);
	s = ask(&dc, "y\nb\n\nq\n", 80);
	assert_int_equal(dc.answers[0], BP_ANS_NONE);
	free(s);
	bp_decision_free(&dc);
}

static void
ask_end_of_input(void **state)
{
	struct bp_decision	 dc;
	char			*s;
	size_t			 i;

	(void)state;
	bp_decision_init(&dc, builtin(), BP_BY_CRITERIA);
	/* The last line has no newline: still an answer. */
	s = ask(&dc, "n\ny", 80);
	assert_int_equal(dc.answers[0], BP_ANS_NO);
	assert_int_equal(dc.answers[1], BP_ANS_YES);
	for (i = 2; i < 8; i++)
		assert_int_equal(dc.answers[i], BP_ANS_NONE);
	assert_int_equal(count(s, "3/8 "), 1);
	assert_int_equal(count(s, "4/8 "), 0);
	/* The prompt's line is ended. */
	assert_non_null(strstr(s, "? > \n"));
	free(s);
	bp_decision_free(&dc);

	bp_decision_init(&dc, builtin(), BP_BY_CRITERIA);
	s = ask(&dc, "", 80);
	for (i = 0; i < 8; i++)
		assert_int_equal(dc.answers[i], BP_ANS_NONE);
	assert_int_equal(count(s, "1/8 "), 1);
	free(s);
	bp_decision_free(&dc);

	/* Blanks and a carriage return around an answer are no matter. */
	bp_decision_init(&dc, builtin(), BP_BY_CRITERIA);
	s = ask(&dc, "  y \t\r\n\tN\r\n", 80);
	assert_int_equal(dc.answers[0], BP_ANS_YES);
	assert_int_equal(dc.answers[1], BP_ANS_NO);
	free(s);
	bp_decision_free(&dc);
}

static void
ask_by_features(void **state)
{
	struct bp_doc		*d = gen_load(named);
	struct bp_decision	 dc;
	char			*s;

	(void)state;
	bp_decision_init(&dc, d, BP_BY_FEATURES);
	/* By number, id, short name in any case, e and either; 0 and 4 not. */
	s = ask(&dc, "2\nwt\n0\n4\ngreen\ne\nEither\n\n", 80);
	assert_int_equal(dc.picks[0], BP_PICK_SUBJECT + 1);
	assert_int_equal(dc.picks[1], BP_PICK_SUBJECT + 2);
	assert_int_equal(dc.picks[2], BP_PICK_SUBJECT + 0);
	assert_int_equal(dc.picks[3], BP_PICK_EITHER);
	assert_int_equal(dc.picks[4], BP_PICK_EITHER);
	assert_int_equal(dc.picks[5], BP_PICK_NONE);
	assert_non_null(strstr(s, "1/6  Taste: which describes your need "
	    "better?\n"));
	assert_non_null(strstr(s, "  1 Green  grassy\n  2 Black  malty\n"
	    "  3 White  sweet\n"));
	assert_int_equal(count(s, "1-3, [e]ither, Enter to skip, [b]ack, "
	    "[q]uit, ? > "), 8);
	assert_int_equal(count(s, "Not an answer here; ? explains."), 2);
	free(s);
	bp_decision_finish(&dc);
	assert_int_equal(dc.tally.lean, BP_LEAN_TIE);
	assert_int_equal(dc.tally.ntop, 3);
	bp_decision_free(&dc);

	/* Back, help, and a pick changed. */
	bp_decision_init(&dc, d, BP_BY_FEATURES);
	s = ask(&dc, "1\nb\n3\n?\nblack\nq\n", 37);
	assert_int_equal(dc.picks[0], BP_PICK_SUBJECT + 2);
	assert_int_equal(dc.picks[1], BP_PICK_SUBJECT + 1);
	assert_int_equal(dc.picks[2], BP_PICK_NONE);
	assert_non_null(strstr(s, "Answer with the number"));
	assert_int_equal(count(s, "1/6 "), 2);
	assert_int_equal(count(s, "2/6 "), 2);
	assert_int_equal(count(s, "3/6 "), 1);
	free(s);
	bp_decision_finish(&dc);
	assert_int_equal(dc.tally.lean, BP_LEAN_TIE);
	assert_int_equal(dc.tally.ntop, 2);
	bp_decision_free(&dc);
	bp_doc_free(d);
}

/* ---- The renderers. ---- */

/* What renderer R says of dc. */
static char *
rendered(const struct bp_renderer *R, const struct bp_decision *dc,
    const struct bp_opts *o)
{
	struct bp_buf	 b = BP_BUF_INIT;

	bp_buf_putn(&b, LIT(""));
	R->decide(&b, dc->doc, dc, o);
	return bp_buf_take(&b);
}

static void
text_exact(void **state)
{
	struct bp_doc		*d = gen_load(three);
	struct bp_decision	 dc;
	struct bp_opts		 o = opts(80);
	char			*s;
	const char		*p;

	(void)state;
	decided(&dc, d, "tea.1", "cocoa.1");
	s = rendered(&bp_term_renderer, &dc, &o);
	assert_string_equal(s, "Drinks\n"
	    "\n"
	    "Your answers lean to Tea: it fits 1 of 1 answered criterion.\n"
	    "Firm: Tea leads by 1 (100% of the score); it would go to Cocoa "
	    "if tea.1 were no\n"
	    "and cocoa.1 were yes.\n"
	    "\n"
	    "Tea: 1 of 1 answered fit (3 criteria)\n"
	    "  ✓ tea.1    You want a gentle lift\n"
	    "  – tea.2    You like many flavours\n"
	    "  – tea.3    You drink it all day\n"
	    "\n"
	    "Coffee: no criteria\n"
	    "\n"
	    "Cocoa: 0 of 1 answered fit (2 criteria)\n"
	    "  ✗ cocoa.1  You want it sweet\n"
	    "  – cocoa.2  You drink it at night\n"
	    "\n"
	    "✓ fits, ✗ does not, – not answered.\n"
	    "\n"
	    "No feature gives Tea the edge: 'bpolpo compare' shows them all.\n"
	    "\n"
	    "This only tallies the comparison's own \"Choose ... if\" "
	    "criteria; it is not\n"
	    "advice.\n");
	free(s);
	/* ASCII marks. */
	o.ascii = 1;
	s = rendered(&bp_term_renderer, &dc, &o);
	assert_non_null(strstr(s, "  + tea.1    You want a gentle lift\n"
	    "  ? tea.2    You like many flavours\n"));
	assert_non_null(strstr(s, "  - cocoa.1  You want it sweet\n"));
	assert_non_null(strstr(s, "+ fits, - does not, ? not answered.\n"));
	for (p = s; *p != '\0'; p++)
		assert_true((unsigned char)*p < 0x80);
	free(s);
	bp_decision_free(&dc);
	bp_doc_free(d);
}

static void
text_rows_and_read_on(void **state)
{
	struct bp_doc		*d = gen_load(edges);
	struct bp_decision	 dc;
	struct bp_opts		 o = opts(80);
	char			*s;

	(void)state;
	o.data = "my file.yaml";
	decided(&dc, d, "a.1", NULL);
	s = rendered(&bp_term_renderer, &dc, &o);
	assert_non_null(strstr(s, "\nFeatures where Alpha has the edge\n"
	    "  fa   Only a\n"
	    "  fab  A and b\n"
	    "Side by side: 'bpolpo --data \"my file.yaml\" compare --rows "
	    "fa,fab'\n"
	    "Read on: When ('bpolpo --data \"my file.yaml\" show when').\n"));
	free(s);
	bp_decision_free(&dc);

	bp_decision_init(&dc, d, BP_BY_FEATURES);
	pick(d, "fa=b,fab=b,fc=either", dc.picks);
	bp_decision_finish(&dc);
	s = rendered(&bp_term_renderer, &dc, &o);
	/* One column for the features picked, as wide as the widest id. */
	assert_non_null(strstr(s, "\nBeta: 2 of 3 answered features (5 in "
	    "all)\n  fa   Only a\n  fab  A and b\n"));
	assert_non_null(strstr(s, "\nEither: 1\n  fc   Only c\n"));
	/* The lists name them: only the command that shows them. */
	assert_null(strstr(s, "\nFeatures you picked for Beta\n"));
	assert_non_null(strstr(s, "\nSide by side: 'bpolpo --data \"my "
	    "file.yaml\" compare --rows fa,fab'\n"));
	free(s);
	bp_decision_free(&dc);
	bp_doc_free(d);
}

/* A comparison whose every text is hard, and a subject id far too long. */
static struct bp_doc *
hard_doc(void)
{
	static const char *const words[] = { "lpo.1", ",", "\u202e", "- ",
	    "\n\n- ", "https://example.org/a_b", "choose" };
	struct bp_buf	 y = BP_BUF_INIT;
	struct bp_doc	*d;
	size_t		 ns = 2 + gen_rnd(3), nf = 1 + gen_rnd(4), i, k, n;

#define SUBJECT(i)	do {						\
		bp_buf_puts(&y, "s");					\
		if ((i) == 1)						\
			bp_buf_repeat(&y, "x", 150);			\
		bp_buf_printf(&y, "%zu", (size_t)(i));			\
	} while (0)
	bp_buf_puts(&y, "format: 1\ntitle: ");
	gen_quoted(&y, 12, words, 7, 5);
	bp_buf_puts(&y, "\nsummary: S.\nsubjects:\n");
	for (i = 0; i < ns; i++) {
		bp_buf_puts(&y, "  - {id: ");
		SUBJECT(i);
		bp_buf_puts(&y, ", short: ");
		gen_quoted(&y, 5, words, 7, 5);
		bp_buf_puts(&y, ", name: ");
		gen_quoted(&y, 12, words, 7, 5);
		bp_buf_puts(&y, "}\n");
	}
	bp_buf_puts(&y, "features:\n");
	for (k = 0; k < nf; k++) {
		bp_buf_printf(&y, "  - id: f%zu", k);
		if (k == 0)
			bp_buf_repeat(&y, "y", 60);
		bp_buf_puts(&y, "\n    label: ");
		gen_quoted(&y, 12, words, 7, 5);
		if (gen_rnd(3) == 0) {
			i = gen_rnd((unsigned)ns);
			bp_buf_puts(&y, "\n    edge: ");
			SUBJECT(i);
		} else if (ns > 2 && gen_rnd(2) == 0) {
			bp_buf_puts(&y, "\n    edge: [");
			SUBJECT(k % ns);
			bp_buf_puts(&y, ", ");
			SUBJECT((k + 1) % ns);
			bp_buf_puts(&y, "]");
		}
		bp_buf_puts(&y, "\n    values:\n");
		for (i = 0; i < ns; i++) {
			bp_buf_puts(&y, "      ");
			SUBJECT(i);
			bp_buf_puts(&y, ": ");
			gen_quoted(&y, 20, words, 7, 5);
			bp_buf_putc(&y, '\n');
		}
	}
	bp_buf_puts(&y, "choose:\n");
	for (i = 0; i < ns; i++) {
		if (i == 2)
			continue;	/* one without a list */
		bp_buf_puts(&y, "  ");
		SUBJECT(i);
		bp_buf_puts(&y, ":\n");
		n = 1 + gen_rnd(4);
		for (k = 0; k < n; k++) {
			bp_buf_puts(&y, "    - ");
			gen_quoted(&y, 40, words, 7, 5);
			bp_buf_putc(&y, '\n');
		}
	}
	bp_buf_puts(&y, "sections:\n  - {id: c0, title: ");
	gen_quoted(&y, 10, words, 7, 5);
	bp_buf_puts(&y, ", body: ");
	gen_quoted(&y, 60, words, 7, 3);
	bp_buf_puts(&y, "}\n");
#undef SUBJECT
	d = gen_load(y.data);
	bp_buf_free(&y);
	return d;
}

/* Fails with the invariant's message when out breaks it. */
static void
holds(const char *out, size_t width, int color, const char *what)
{
	const char	*err;

	if ((err = inv_term(out, strlen(out), width, color)) != NULL)
		fail_msg("%s at width %zu: %s\n%s", what, width, err, out);
}

/* Every output of decide on d, with random answers, at width. */
static void
all_fit(const struct bp_doc *d, size_t width, int color, int ascii)
{
	struct bp_decision	 dc;
	struct bp_opts		 o = opts(width);
	struct bp_buf		 b = BP_BUF_INIT;
	const char		*err;
	char			*s;
	size_t			 i, n;
	int			 by;

	o.color = color;
	o.ascii = ascii;
	o.data = "my data.yaml";
	for (by = 0; by < BP_BY__MAX; by++) {
		bp_decision_init(&dc, d, (enum bp_by)by);
		n = bp_decision_n(&dc);
		for (i = 0; i < n; i++)
			if (by == BP_BY_CRITERIA)
				dc.answers[i] = (unsigned char)gen_rnd(3);
			else
				dc.picks[i] = gen_rnd((unsigned)d->nsubjects +
				    2);
		bp_decision_finish(&dc);
		s = rendered(&bp_term_renderer, &dc, &o);
		holds(s, width, color, "decide");
		free(s);
		/* --list, and each question as asked. */
		b.len = 0;
		bp_buf_putn(&b, LIT(""));
		bp_term_renderer.questions(&b, d, &dc, 0, &o);
		if (b.len > 0)
			holds(b.data, width, color, "decide --list");
		for (i = 0; i < n; i++) {
			b.len = 0;
			bp_term_question(&b, &o, &dc, i, i + 1);
			holds(b.data, width, color, "a question");
		}
		/* Markdown, JSON and HTML hold theirs. */
		b.len = 0;
		bp_md_renderer.decide(&b, d, &dc, &o);
		if ((err = inv_markdown(b.data, b.len)) != NULL)
			fail_msg("decide --markdown: %s\n%s", err, b.data);
		b.len = 0;
		bp_json_renderer.decide(&b, d, &dc, &o);
		if ((err = inv_json(b.data, b.len)) != NULL)
			fail_msg("decide --json: %s\n%s", err, b.data);
		b.len = 0;
		bp_md_renderer.questions(&b, d, &dc, 0, &o);
		if ((err = inv_markdown(b.data, b.len)) != NULL)
			fail_msg("decide --list --markdown: %s\n%s", err,
			    b.data);
		b.len = 0;
		bp_html_renderer.decide(&b, d, &dc, &o);
		if ((err = inv_html(b.data, b.len)) != NULL)
			fail_msg("decide --format html: %s\n%s", err, b.data);
		b.len = 0;
		bp_html_renderer.questions(&b, d, &dc, 0, &o);
		if ((err = inv_html(b.data, b.len)) != NULL)
			fail_msg("decide --list --format html: %s\n%s", err,
			    b.data);
		b.len = 0;
		bp_json_renderer.questions(&b, d, &dc, 0, &o);
		if ((err = inv_json(b.data, b.len)) != NULL)
			fail_msg("decide --list --json: %s\n%s", err, b.data);
		bp_decision_free(&dc);
	}
	bp_buf_free(&b);
}

static void
text_fits_every_width(void **state)
{
	static const size_t widths[] = { 20, 37, 80 };
	struct bp_doc	*d;
	size_t		 k, w;

	(void)state;
	for (w = 0; w < 3; w++)
		all_fit(builtin(), widths[w], (int)(w % 2), 0);
	d = gen_load(three);
	for (w = 0; w < 3; w++)
		all_fit(d, widths[w], (int)(w % 2), (int)(w == 2));
	bp_doc_free(d);
	for (k = 0; k < 60; k++) {
		d = hard_doc();
		for (w = 0; w < 3; w++)
			all_fit(d, widths[w], (int)((k + w) % 2),
			    (int)(k % 3 == 0));
		bp_doc_free(d);
	}
}

/* The questions asked on hard data fit the width, whatever is typed. */
static void
questions_fit_on_hard_data(void **state)
{
	static const size_t widths[] = { 20, 37, 80 };
	struct bp_decision	 dc;
	struct bp_doc		*d;
	size_t			 k, w;
	int			 by;
	char			*s;

	(void)state;
	for (k = 0; k < 20; k++) {
		d = hard_doc();
		for (w = 0; w < 3; w++)
			for (by = 0; by < BP_BY__MAX; by++) {
				bp_decision_init(&dc, d, (enum bp_by)by);
				s = ask(&dc, "y\n1\n?\nx\n\nb\nb\nb\ne\nn\n2\n",
				    widths[w]);
				free(s);
				bp_decision_free(&dc);
			}
		bp_doc_free(d);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(criteria_two_subjects_take_turns),
		cmocka_unit_test(criteria_three_subjects_one_without),
		cmocka_unit_test(criteria_unequal_lists),
		cmocka_unit_test(criteria_long_list_interleaves_to_the_end),
		cmocka_unit_test(find_takes_exact_ids_only),
		cmocka_unit_test(criteria_none),
		cmocka_unit_test(answers_take_lists),
		cmocka_unit_test(answers_error_messages),
		cmocka_unit_test(answers_list_few_criteria_only),
		cmocka_unit_test(answers_refuse_yes_and_no),
		cmocka_unit_test(answers_survive_any_bytes),
		cmocka_unit_test(picks_take_lists),
		cmocka_unit_test(picks_error_messages),
		cmocka_unit_test(picks_conflict_in_one_list),
		cmocka_unit_test(picks_survive_any_bytes),
		cmocka_unit_test(tally_leans_ties_and_abstains),
		cmocka_unit_test(tally_proportion_beats_count),
		cmocka_unit_test(tally_more_than_two),
		cmocka_unit_test(tally_picks_counts_each_row),
		cmocka_unit_test(decision_rows_and_read),
		cmocka_unit_test(decision_words),
		cmocka_unit_test(ask_yes_no_skip),
		cmocka_unit_test(ask_back_help_unknown_quit),
		cmocka_unit_test(ask_end_of_input),
		cmocka_unit_test(ask_by_features),
		cmocka_unit_test(ask_prompts_fit),
		cmocka_unit_test(ask_read_error),
		cmocka_unit_test(ask_words_before_subjects),
		cmocka_unit_test(text_exact),
		cmocka_unit_test(text_rows_and_read_on),
		cmocka_unit_test(text_fits_every_width),
		cmocka_unit_test(questions_fit_on_hard_data),
	};

	if (!inv_setup()) {
		fprintf(stderr, "test_decide: no C.UTF-8 locale\n");
		return 1;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
