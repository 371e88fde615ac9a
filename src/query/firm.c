/* How firm decide's lean is: the margin, and the fewest changes of answers that would overturn it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "model/bp_doc.h"
#include "query/bp_decide.h"

#define NW	(BP_WEIGHT_MAX + 1)	/* weight classes, 0 to BP_WEIGHT_MAX */

/* A score, wfits over answered, as a fraction: 0/1 for no answer. */
struct frac {
	unsigned long long	 num, den;
};

static struct frac
frac_of(size_t w, size_t n)
{
	struct frac	 f = { n == 0 ? 0 : w, n == 0 ? 1 : n };

	return f;
}

static int
fcmp(struct frac a, struct frac b)
{
	unsigned long long	 x = a.num * b.den, y = b.num * a.den;

	return (x > y) - (x < y);
}

/* ---- The lean after one change, in O(1). ---- */

/*
 * The best score among the subjects that can be leaned to (wfits > 0),
 * how many have it, and the next best: enough to say the lean when one
 * subject's counts change.
 */
struct best {
	struct frac	 s1, s2;
	size_t		 c1, c2;	/* 0: no such score */
	size_t		 who;		/* a subject with s1 */
};

static void
best_of(const struct bp_tally *t, struct best *b)
{
	struct frac	 f;
	size_t		 s;
	int		 c;

	memset(b, 0, sizeof(*b));
	for (s = 0; s < t->n; s++) {
		if (t->v[s].wfits == 0)
			continue;
		f = frac_of(t->v[s].wfits, t->v[s].answered);
		if (b->c1 == 0 || (c = fcmp(f, b->s1)) > 0) {
			b->s2 = b->s1;
			b->c2 = b->c1;
			b->s1 = f;
			b->c1 = 1;
			b->who = s;
		} else if (c == 0)
			b->c1++;
		else if (b->c2 == 0 || (c = fcmp(f, b->s2)) > 0) {
			b->s2 = f;
			b->c2 = 1;
		} else if (c == 0)
			b->c2++;
	}
}

/*
 * The lean when subject x's counts become w, n: BP_LEAN_SUBJECT with
 * *who, a tie, or none.
 */
static enum bp_lean
lean_after(const struct bp_tally *t, const struct best *b, size_t x,
    size_t w, size_t n, size_t *who)
{
	struct frac	 o, f;
	size_t		 oc, owho = b->who;
	int		 c;

	/* The best of the others. */
	o = b->s1;
	oc = b->c1;
	if (t->v[x].wfits > 0 && fcmp(frac_of(t->v[x].wfits,
	    t->v[x].answered), b->s1) == 0) {
		if (--oc == 0) {
			o = b->s2;
			oc = b->c2;
		}
		/* Which other has it is unknown: only its count matters. */
		owho = SIZE_MAX;
	}
	if (w == 0) {
		*who = owho;
		return oc == 0 ? BP_LEAN_NONE : oc == 1 ? BP_LEAN_SUBJECT :
		    BP_LEAN_TIE;
	}
	f = frac_of(w, n);
	if (oc == 0 || (c = fcmp(f, o)) > 0) {
		*who = x;
		return BP_LEAN_SUBJECT;
	}
	if (c == 0)
		return BP_LEAN_TIE;
	*who = owho;
	return oc == 1 ? BP_LEAN_SUBJECT : BP_LEAN_TIE;
}

/* ---- Per subject: its questions' answers and weights, by class. ---- */

struct side {
	size_t	 yes[NW], no[NW], none[NW];	/* counts by weight */
	size_t	 nyes, nno, nnone;
	size_t	 w, n;				/* wfits, answered */
};

static void
side_of(const struct bp_decision *dc, size_t s, struct side *sd)
{
	const struct bp_criteria	*c = &dc->crit;
	size_t				 k, i;
	unsigned char			 w;

	memset(sd, 0, sizeof(*sd));
	for (k = c->start[s]; k < c->start[s + 1]; k++) {
		i = c->slot[k];
		w = dc->weights[i] <= BP_WEIGHT_MAX ? dc->weights[i] :
		    BP_WEIGHT_MAX;
		if (dc->answers[i] == BP_ANS_YES) {
			sd->yes[w]++;
			sd->nyes++;
		} else if (dc->answers[i] == BP_ANS_NO) {
			sd->no[w]++;
			sd->nno++;
		} else {
			sd->none[w]++;
			sd->nnone++;
		}
	}
	sd->w = dc->tally.v[s].wfits;
	sd->n = dc->tally.v[s].answered;
}

/* The sum of the j heaviest of counts by class. */
static size_t
top_sum(const size_t *cnt, size_t j)
{
	size_t	 w, n, sum = 0;

	for (w = BP_WEIGHT_MAX + 1; w-- > 0 && j > 0; ) {
		n = cnt[w] < j ? cnt[w] : j;
		sum += n * w;
		j -= n;
	}
	return sum;
}

/*
 * The places where the sum of the j heaviest changes slope: j at each
 * class's end, from the heaviest.  Between two, the sum is linear in j.
 */
static size_t
breaks(const size_t *cnt, size_t *at)
{
	size_t	 w, k = 0, cum = 0;

	at[k++] = 0;
	for (w = BP_WEIGHT_MAX + 1; w-- > 0; ) {
		cum += cnt[w];
		at[k++] = cum;
	}
	return k;
}

/*
 * The lowest score the leader l can be brought to with exactly a
 * changes: j of its yes answers (the heaviest) made no, a - j of its
 * unanswered answered no.  Between the places where the sum of the j
 * heaviest changes slope, (w - sum) / (n + a - j) is monotone in j: the
 * least is at one of them, or at an end of j's range.  *jbest: its j.
 */
static struct frac
lowest(const struct side *l, size_t a, size_t *jbest)
{
	size_t		 at[NW + 3], k, nat, j, lo, hi;
	struct frac	 f, best = { 0, 0 };

	lo = a > l->nnone ? a - l->nnone : 0;
	hi = a < l->nyes ? a : l->nyes;
	nat = breaks(l->yes, at);
	at[nat++] = lo;
	at[nat++] = hi;
	for (k = 0; k < nat; k++) {
		if ((j = at[k]) < lo || j > hi)
			continue;
		f = frac_of(l->w - top_sum(l->yes, j), l->n + a - j);
		if (best.den == 0 || fcmp(f, best) < 0 ||
		    (fcmp(f, best) == 0 && j > *jbest)) {
			best = f;
			*jbest = j;
		}
	}
	return best;
}

/*
 * The highest score subject x can be brought to with exactly b changes:
 * j of its no answers (the heaviest) made yes, b - j of its unanswered
 * (the heaviest) answered yes; as lowest(), the best is at a place where
 * a sum changes slope or at an end.  {0, 0} when b changes cannot be
 * made.
 */
static struct frac
highest(const struct side *x, size_t b, size_t *jbest)
{
	size_t		 at[2 * NW + 4], k, nat, j, lo, hi, m, u[NW + 1];
	struct frac	 f, best = { 0, 0 };

	if (b > x->nno + x->nnone)
		return best;
	lo = b > x->nnone ? b - x->nnone : 0;
	hi = b < x->nno ? b : x->nno;
	nat = breaks(x->no, at);
	m = breaks(x->none, u);
	for (k = 0; k < m; k++)
		if (u[k] <= b)
			at[nat++] = b - u[k];
	at[nat++] = lo;
	at[nat++] = hi;
	for (k = 0; k < nat; k++) {
		if ((j = at[k]) < lo || j > hi)
			continue;
		f = frac_of(x->w + top_sum(x->no, j) + top_sum(x->none, b - j),
		    x->n + b - j);
		if (best.den == 0 || fcmp(f, best) > 0) {
			best = f;
			*jbest = j;
		}
	}
	return best;
}

static void
add(struct bp_firm *f, size_t i, size_t to)
{
	f->v[f->n].i = i;
	f->v[f->n++].to = to;
}

/*
 * Appends to f the j heaviest of subject s's questions answered from
 * (BP_ANS_*), each given the answer to: the file's order among equals.
 */
static void
take(const struct bp_decision *dc, size_t s, unsigned char from, size_t j,
    size_t to, struct bp_firm *f)
{
	const struct bp_criteria	*c = &dc->crit;
	size_t				 w, k, i;

	for (w = BP_WEIGHT_MAX + 1; w-- > 0 && j > 0; )
		for (k = c->start[s]; k < c->start[s + 1] && j > 0; k++) {
			i = c->slot[k];
			if (dc->answers[i] == from && dc->weights[i] == w) {
				add(f, i, to);
				j--;
			}
		}
}

/*
 * The fewest changes that give subject x a score above the leader l's,
 * against the best found so far (*most): for each b changes of x's,
 * the fewest of l's, found by halving (l's lowest falls as a grows;
 * each is O(1), so none is kept: memory stays that of the answers).
 * Returns whether x beat *most; *a and *b its split.
 */
static int
fewest_for(const struct side *l, const struct side *x, size_t *most,
    size_t *ra, size_t *rb)
{
	struct frac	 h;
	size_t		 b, lo, hi, mid, jx = 0, ja = 0, nl = l->nyes + l->nnone;
	int		 found = 0;

	for (b = 0; b <= x->nno + x->nnone && b < *most; b++) {
		h = highest(x, b, &jx);
		if (h.den == 0 || h.num == 0 ||
		    fcmp(lowest(l, nl, &ja), h) >= 0)
			continue;
		for (lo = 0, hi = nl; lo < hi; ) {
			mid = lo + (hi - lo) / 2;
			if (fcmp(lowest(l, mid, &ja), h) < 0)
				hi = mid;
			else
				lo = mid + 1;
		}
		if (lo + b < *most) {
			*most = lo + b;
			*ra = lo;
			*rb = b;
			found = 1;
		}
	}
	return found;
}

/* Firm by criteria: the fewest changes after which another leads. */
static void
flip_criteria(const struct bp_decision *dc, size_t l, struct bp_firm *f)
{
	struct side	 sl, sx;
	size_t		 x, most = SIZE_MAX, bx = SIZE_MAX, ba = 0, bb = 0,
			 ja = 0, jx = 0;

	side_of(dc, l, &sl);
	/* l's lowest falls as a grows: one more change can only lower it. */
	for (x = 0; x < dc->tally.n; x++)
		if (x != l && dc->crit.start[x + 1] > dc->crit.start[x]) {
			side_of(dc, x, &sx);
			if (fewest_for(&sl, &sx, &most, &ba, &bb))
				bx = x;
		}
	if (bx == SIZE_MAX)
		return;
	f->v = bp_calloc(most + 1, sizeof(*f->v));
	(void)lowest(&sl, ba, &ja);
	take(dc, l, BP_ANS_YES, ja, BP_ANS_NO, f);
	take(dc, l, BP_ANS_NONE, ba - ja, BP_ANS_NO, f);
	side_of(dc, bx, &sx);
	(void)highest(&sx, bb, &jx);
	take(dc, bx, BP_ANS_NO, jx, BP_ANS_YES, f);
	take(dc, bx, BP_ANS_NONE, bb - jx, BP_ANS_YES, f);
}

/*
 * Whether a candidate (weight w, unanswered or
 * not) is better than the one kept: unanswered first, then the
 * lightest, then the first asked.
 */
static int
better(const struct bp_decision *dc, const struct bp_firm *f,
    int unanswered, unsigned char w)
{
	size_t	 k = f->v[0].i;
	int	 ku;

	if (f->n == 0)
		return 1;
	ku = dc->by == BP_BY_FEATURES ? dc->picks[k] == BP_PICK_NONE :
	    dc->answers[k] == BP_ANS_NONE;
	if (unanswered != ku)
		return unanswered;
	return w < dc->weights[k];
}

/*
 * By criteria, each single change weighed: close is whether one
 * unanswered question could overturn the lean (a tie: whether any could
 * settle it), and f->v the one to name.
 */
static void
single_criteria(const struct bp_decision *dc, struct bp_firm *f)
{
	const struct bp_tally	*t = &dc->tally;
	struct best		 b;
	size_t			 i, x, w, n, who = 0, l = t->top[0];
	int			 to;
	enum bp_lean		 r;
	int			 tie = t->lean == BP_LEAN_TIE, u;

	best_of(t, &b);
	f->v = bp_calloc(2, sizeof(*f->v));
	for (i = 0; i < dc->crit.n; i++) {
		x = dc->crit.v[i].subject;
		u = dc->answers[i] == BP_ANS_NONE;
		if (!tie && !u)
			continue;
		for (to = BP_ANS_YES; to <= BP_ANS_NO; to++) {
			if (dc->answers[i] == to)
				continue;
			w = t->v[x].wfits;
			n = t->v[x].answered + u;
			if (dc->answers[i] == BP_ANS_YES)
				w -= dc->weights[i];
			if (to == BP_ANS_YES)
				w += dc->weights[i];
			r = lean_after(t, &b, x, w, n, &who);
			if (tie ? r == BP_LEAN_SUBJECT :
			    !(r == BP_LEAN_SUBJECT && who == l)) {
				if (better(dc, f, u, dc->weights[i])) {
					f->n = 0;
					add(f, i, (size_t)to);
				}
			}
		}
	}
}

/* ---- By features: one denominator, so scores compare as weights. ---- */

/* Firm by features: the largest shifts first, until another leads. */
static void
flip_features(const struct bp_decision *dc, size_t l, struct bp_firm *f)
{
	const struct bp_doc	*d = dc->doc;
	const struct bp_tally	*t = &dc->tally;
	size_t			 x, r, gain, need, most = SIZE_MAX, bx = SIZE_MAX;
	size_t			 cnt[2 * NW], k, g;

	/*
	 * For x: a feature picked for l, picked for x, gains 2w; any other
	 * not picked for x gains w.  The fewest gains above the gap are the
	 * largest: exactly, as each adds alone.
	 */
	for (x = 0; x < t->n; x++) {
		if (x == l)
			continue;
		memset(cnt, 0, sizeof(cnt));
		for (r = 0; r < d->nfeatures; r++)
			if (dc->picks[r] != BP_PICK_SUBJECT + x)
				cnt[(size_t)dc->weights[r] * (dc->picks[r] ==
				    BP_PICK_SUBJECT + l ? 2 : 1)]++;
		need = t->v[l].wfits - t->v[x].wfits + 1;
		for (g = 2 * NW - 1, gain = k = 0; g > 0 && gain < need &&
		    k < most; g--)
			for (; cnt[g] > 0 && gain < need && k < most; cnt[g]--) {
				gain += g;
				k++;
			}
		if (gain >= need && k < most) {
			most = k;
			bx = x;
		}
	}
	if (bx == SIZE_MAX)
		return;
	f->v = bp_calloc(most + 1, sizeof(*f->v));
	for (g = 2 * NW - 1; g > 0 && f->n < most; g--)
		for (r = 0; r < d->nfeatures && f->n < most; r++)
			if (dc->picks[r] != BP_PICK_SUBJECT + bx &&
			    (size_t)dc->weights[r] * (dc->picks[r] ==
			    BP_PICK_SUBJECT + l ? 2 : 1) == g)
				add(f, r, BP_PICK_SUBJECT + bx);
}

/*
 * By features, close: a feature not picked, picked for the next best,
 * could bring it level (the lightest that could); a tie is settled by
 * any feature of weight above 0 picked for the first tied.
 */
static void
single_features(const struct bp_decision *dc, struct bp_firm *f)
{
	const struct bp_doc	*d = dc->doc;
	const struct bp_tally	*t = &dc->tally;
	size_t			 r, s, next = SIZE_MAX, l = t->top[0];
	int			 tie = t->lean == BP_LEAN_TIE, u;

	f->v = bp_calloc(2, sizeof(*f->v));
	for (s = 0; s < t->n; s++)
		if (s != l && (next == SIZE_MAX ||
		    t->v[s].wfits > t->v[next].wfits))
			next = s;
	for (r = 0; r < d->nfeatures; r++) {
		u = dc->picks[r] == BP_PICK_NONE;
		if (dc->weights[r] == 0 || (!tie && !u) ||
		    dc->picks[r] == BP_PICK_SUBJECT + (tie ? l : next))
			continue;
		if (!tie && (next == SIZE_MAX ||
		    t->v[next].wfits + dc->weights[r] < t->v[l].wfits))
			continue;
		if (better(dc, f, u, dc->weights[r])) {
			f->n = 0;
			add(f, r, BP_PICK_SUBJECT + (tie ? l : next));
		}
	}
}

void
bp_firm(const struct bp_decision *dc, struct bp_firm *f)
{
	const struct bp_tally	*t = &dc->tally;
	struct best		 b;
	struct frac		 m;

	memset(f, 0, sizeof(*f));
	f->mden = 1;
	if (t->lean == BP_LEAN_NONE)
		return;
	if (t->lean == BP_LEAN_SUBJECT) {
		best_of(t, &b);
		m = b.c2 == 0 ? frac_of(0, 1) : b.s2;
		f->mnum = b.s1.num * m.den - m.num * b.s1.den;
		f->mden = b.s1.den * m.den;
	}
	if (dc->by == BP_BY_FEATURES)
		single_features(dc, f);
	else
		single_criteria(dc, f);
	if (t->lean == BP_LEAN_TIE || f->n > 0) {
		f->kind = BP_FIRM_CLOSE;
		return;
	}
	f->kind = BP_FIRM_FIRM;
	free(f->v);
	f->v = NULL;
	if (dc->by == BP_BY_FEATURES)
		flip_features(dc, t->top[0], f);
	else
		flip_criteria(dc, t->top[0], f);
}

void
bp_firm_free(struct bp_firm *f)
{
	free(f->v);
	memset(f, 0, sizeof(*f));
}

void
bp_firm_apply(const struct bp_decision *dc, const struct bp_firm *f,
    unsigned char *answers, size_t *picks)
{
	size_t	 k;

	for (k = 0; k < f->n; k++)
		if (dc->by == BP_BY_FEATURES)
			picks[f->v[k].i] = f->v[k].to;
		else
			answers[f->v[k].i] = (unsigned char)f->v[k].to;
}
