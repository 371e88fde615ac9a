/* Changed words: the words of two texts compared, as runs of what stayed, went and came. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "query/bp_diff.h"
#include "query/bp_wdiff.h"

/*
 * A changed text whose middle (less the words both sides share at its
 * ends) has more words than this on a side is shown as taken out and put
 * in whole: the word diff below is quadratic in that middle.
 */
#define WORDS_MAX	2000
/*
 * Cells of word tables one output may fill in all: past them, texts show
 * whole, so that a file of many long changed texts stays fast.
 */
#define CELLS_MAX	((size_t)64 * 1024 * 1024)

static int
white(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

/*
 * Words are runs of anything but white space, which only separates them.
 * The word of s[*i..len) from *i on: 0 when there is none; else its
 * bytes in *w and *wl, and *i past it.
 */
int
bp_wdiff_next(const char *s, size_t len, size_t *i, const char **w, size_t *wl)
{
	size_t	 j = *i, k;

	while (j < len && white(s[j]))
		j++;
	if (j == len)
		return 0;
	for (k = j; k < len && !white(s[k]); k++)
		;
	*w = s + j;
	*wl = k - j;
	*i = k;
	return 1;
}

/* The same backwards: the last word of s[lo..*e), and *e before it. */
static int
prev_word(const char *s, size_t lo, size_t *e, const char **w, size_t *wl)
{
	size_t	 j = *e, k;

	while (j > lo && white(s[j - 1]))
		j--;
	if (j == lo)
		return 0;
	for (k = j; k > lo && !white(s[k - 1]); k--)
		;
	*w = s + k;
	*wl = j - k;
	*e = k;
	return 1;
}

/* The words of s (len bytes), counted up to max + 1. */
static size_t
count_words(const char *s, size_t len, size_t max)
{
	const char	*w;
	size_t		 i = 0, wl, n = 0;

	while (n <= max && bp_wdiff_next(s, len, &i, &w, &wl))
		n++;
	return n;
}

/* The words of s (len bytes) into w, each with its hash. */
static void
split(struct bp_wordlist *w, const char *s, size_t len)
{
	const char	*p;
	size_t		 i = 0, k, pl;
	uint32_t	 h;

	w->n = 0;
	while (bp_wdiff_next(s, len, &i, &p, &pl)) {
		/* FNV-1a. */
		for (k = 0, h = 2166136261u; k < pl; k++)
			h = (h ^ (unsigned char)p[k]) * 16777619u;
		if (w->n == w->cap) {
			w->cap = w->cap > 0 ? w->cap * 2 : 32;
			w->v = bp_reallocarray(w->v, w->cap, sizeof(*w->v));
		}
		w->v[w->n].s = p;
		w->v[w->n].len = pl;
		w->v[w->n].hash = h;
		w->n++;
	}
}

static int
same_word(const struct bp_word *a, const struct bp_word *b)
{
	return a->hash == b->hash && a->len == b->len &&
	    memcmp(a->s, b->s, a->len) == 0;
}

/*
 * Adds the words from s to e (the end of the last) as a run; the words
 * of a run and of the one before with the same op are next to each other
 * in one text when only white space is between them: then one run.
 */
static void
run(struct bp_wdiff *wd, enum bp_wop op, const char *s, const char *e)
{
	struct bp_run	*last = wd->n > 0 ? &wd->v[wd->n - 1] : NULL;
	const char	*p;

	if (s == e)
		return;
	/* One op is one side: DEL of the old text, SAME and INS the new. */
	if (last != NULL && last->op == op && last->s + last->len <= s) {
		for (p = last->s + last->len; p < s && white(*p); p++)
			;
		if (p == s) {
			last->len = (size_t)(e - last->s);
			return;
		}
	}
	if (wd->n == wd->cap) {
		wd->cap = wd->cap > 0 ? wd->cap * 2 : 16;
		wd->v = bp_reallocarray(wd->v, wd->cap, sizeof(*wd->v));
	}
	wd->v[wd->n].op = op;
	wd->v[wd->n].s = s;
	wd->v[wd->n].len = (size_t)(e - s);
	wd->n++;
}

/* The words of s (len bytes), all of them, as a run. */
static void
run_text(struct bp_wdiff *wd, enum bp_wop op, const char *s, size_t len)
{
	const char	*first, *last;
	size_t		 i = 0, e = len, fl, ll;

	if (!bp_wdiff_next(s, len, &i, &first, &fl) ||
	    !prev_word(s, 0, &e, &last, &ll))
		return;
	run(wd, op, first, last + ll);
}

/* Words n of v, from first to last, as a run. */
static void
run_words(struct bp_wdiff *wd, enum bp_wop op, const struct bp_word *v, size_t n)
{
	if (n > 0)
		run(wd, op, v[0].s, v[n - 1].s + v[n - 1].len);
}

static void *
room(void *p, size_t *cap, size_t n, size_t size)
{
	if (n <= *cap)
		return p;
	*cap = n;
	return bp_reallocarray(p, n, size);
}

/*
 * The words between the common ends, o (olen bytes) and n: a longest
 * common subsequence, one row of lengths at a time and a bit a cell for
 * the way back; between two common words, what went out comes before
 * what came in.  Words are split, a record each, only when both sides
 * have few enough for the table: else both are shown whole, as they lie.
 */
static void
middle(struct bp_wdiff *wd, const char *o, size_t olen, const char *n,
    size_t nlen)
{
	const struct bp_word	*a, *b;
	size_t			*prev, *cur, *t, i, j, k, np = 0, pi, pj, cell;
	size_t			 na, nb;

	na = count_words(o, olen, WORDS_MAX);
	nb = count_words(n, nlen, WORDS_MAX);
	if (na == 0 || nb == 0 || na > WORDS_MAX || nb > WORDS_MAX ||
	    na * nb > CELLS_MAX - wd->cells) {
		run_text(wd, BP_W_DEL, o, olen);
		run_text(wd, BP_W_INS, n, nlen);
		return;
	}
	split(&wd->a, o, olen);
	split(&wd->b, n, nlen);
	a = wd->a.v;
	b = wd->b.v;
	wd->cells += na * nb;
	wd->bits = room(wd->bits, &wd->bitcap, (na * nb + 7) / 8, 1);
	memset(wd->bits, 0, (na * nb + 7) / 8);
	wd->row = room(wd->row, &wd->rowcap, 2 * (nb + 1), sizeof(*wd->row));
	wd->pairs = room(wd->pairs, &wd->paircap, 2 * (na < nb ? na : nb),
	    sizeof(*wd->pairs));
	prev = wd->row;
	cur = wd->row + nb + 1;
	memset(prev, 0, (nb + 1) * sizeof(*prev));
	for (i = 1; i <= na; i++) {
		cur[0] = 0;
		for (j = 1; j <= nb; j++) {
			cell = (i - 1) * nb + (j - 1);
			if (same_word(&a[i - 1], &b[j - 1]))
				cur[j] = prev[j - 1] + 1;
			else if (prev[j] >= cur[j - 1]) {
				cur[j] = prev[j];
				wd->bits[cell / 8] |= (unsigned char)(1u <<
				    (cell % 8));
			} else
				cur[j] = cur[j - 1];
		}
		t = prev;
		prev = cur;
		cur = t;
	}
	for (i = na, j = nb; i > 0 && j > 0; ) {
		cell = (i - 1) * nb + (j - 1);
		if (same_word(&a[i - 1], &b[j - 1])) {
			wd->pairs[np++] = --i;
			wd->pairs[np++] = --j;
		} else if (wd->bits[cell / 8] & (1u << (cell % 8)))
			i--;
		else
			j--;
	}
	for (pi = pj = 0, k = np; k > 0; k -= 2) {
		i = wd->pairs[k - 2];
		j = wd->pairs[k - 1];
		run_words(wd, BP_W_DEL, a + pi, i - pi);
		run_words(wd, BP_W_INS, b + pj, j - pj);
		run_words(wd, BP_W_SAME, b + j, 1);
		pi = i + 1;
		pj = j + 1;
	}
	run_words(wd, BP_W_DEL, a + pi, na - pi);
	run_words(wd, BP_W_INS, b + pj, nb - pj);
}

/*
 * The words of o changed into those of n, as runs.  What both share at
 * the ends costs no table and no record, compared where it lies: most
 * edits are small, and a text may be millions of words.
 */
void
bp_wdiff_diff(struct bp_wdiff *wd, const char *o, size_t olen, const char *n,
    size_t nlen)
{
	const char	*wa, *wb, *ps = NULL, *pe = NULL, *ss = NULL, *se = NULL;
	size_t		 ia = 0, ib = 0, ea = olen, eb = nlen, ja, jb, la, lb;

	wd->n = 0;
	for (;;) {
		ja = ia;
		jb = ib;
		if (!bp_wdiff_next(o, olen, &ja, &wa, &la) ||
		    !bp_wdiff_next(n, nlen, &jb, &wb, &lb) || la != lb ||
		    memcmp(wa, wb, la) != 0)
			break;
		if (ps == NULL)
			ps = wb;
		pe = wb + lb;
		ia = ja;
		ib = jb;
	}
	/* From the end, never into what the start shares. */
	for (;;) {
		ja = ea;
		jb = eb;
		if (!prev_word(o, ia, &ja, &wa, &la) ||
		    !prev_word(n, ib, &jb, &wb, &lb) || la != lb ||
		    memcmp(wa, wb, la) != 0)
			break;
		if (se == NULL)
			se = wb + lb;
		ss = wb;
		ea = ja;
		eb = jb;
	}
	if (ps != NULL)
		run(wd, BP_W_SAME, ps, pe);
	middle(wd, o + ia, ea - ia, n + ib, eb - ib);
	if (ss != NULL)
		run(wd, BP_W_SAME, ss, se);
}

/* A text shown whole, as one run. */
void
bp_wdiff_all(struct bp_wdiff *wd, const char *s, size_t len)
{
	wd->n = 0;
	if (s != NULL)
		run_text(wd, BP_W_SAME, s, len);
}

int
bp_wdiff_changed(const struct bp_wdiff *wd)
{
	size_t	 i;

	for (i = 0; i < wd->n; i++)
		if (wd->v[i].op != BP_W_SAME)
			return 1;
	return 0;
}

void
bp_wdiff_free(struct bp_wdiff *wd)
{
	free(wd->a.v);
	free(wd->b.v);
	free(wd->v);
	free(wd->bits);
	free(wd->row);
	free(wd->pairs);
}


/* The words an item shows: the change for a changed text, else the text. */
void
bp_wdiff_item(struct bp_wdiff *wd, const struct bp_diff_item *it)
{
	if (it->change == BP_CH_CHANGED)
		bp_wdiff_diff(wd, it->old, it->oldlen, it->new, it->newlen);
	else if (it->change == BP_CH_ADDED)
		bp_wdiff_all(wd, it->new, it->newlen);
	else if (it->change == BP_CH_REMOVED)
		bp_wdiff_all(wd, it->old, it->oldlen);
	else
		wd->n = 0;
}

