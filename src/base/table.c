/* Column widths for a table of wrapped text: the fewest lines that fit. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_table.h"
#include "base/bp_text.h"

/*
 * How the widths are chosen.  A fixed split (a share for the labels, the
 * rest in proportion to how much text each column holds) wraps a cell in
 * a narrow column beside one with room to spare, and splits words that
 * another split keeps whole.  Instead the widths are those that make the
 * table shortest: the fewest lines over all rows, a row being as tall as
 * its tallest cell.  It is CSS's automatic table layout, made exact:
 *
 * 1. Every row once (bp_fit_row): a column's natural width is its widest
 *    cell on one line (CSS's max-content), its widest word the least it
 *    can take without splitting one (min-content).  When the natural
 *    widths fit, they are the answer.
 * 2. A column gets at least its widest word, or the caller's floor if
 *    that is more, when all of those fit: no word is split while some
 *    allocation keeps every word whole.  Else it gets its floor, and the
 *    search below splits words in as few cells as it can.  Never more
 *    than its natural width.
 * 3. The heights (bp_fit_sample): each cell's line count at every width
 *    from the least to the most, kept as steps.  bp_measure works a cell
 *    out once, then lays it out a word at a time, jumping straight to the
 *    next width at which its lines may change; the count is bp_wrap's.
 *    A column's candidate widths are those at which one of its cells
 *    changes height (or stops splitting a word): nothing changes between
 *    two, so a search over them is a search over every width.  Up to
 *    SAMPLE_ROWS rows are measured; a taller table through every n-th
 *    row, so the cost is linear in rows (item 1) plus a constant.
 * 4. Greedy marginal gain: from the least widths, the room goes out in
 *    moves, each to the column that saves most per column spent (cells
 *    with a split word, then the table's height, then the lines of all
 *    cells, which fills them more evenly).  A move may jump over widths
 *    that save nothing to the next that does, past a plateau.
 * 5. Exact search: branch and bound over the candidates of every column
 *    but the last, which takes the widest the rest leave room for (a
 *    wider cell never takes more lines).  A branch ends when, even with
 *    all the room left given to each column still open, it cannot beat
 *    the best found (the greedy's, at first).  A table of a few columns
 *    and rows is searched through in well under a millisecond, so it is
 *    as short as any split of the room makes it (test_table.c checks
 *    this against every split); a wide or tall one stops after
 *    SEARCH_WORK row evaluations (some ten milliseconds) with the best
 *    found, never worse than the greedy's.
 * 6. Room left over (less than any move that saves a line) goes to the
 *    columns furthest below their share of the room in proportion to the
 *    text they hold, as the fixed split gave it.
 *
 * The cost: pass 1 is linear in the table; the sample costs, per cell,
 * one analysis plus a word-at-a-time layout per width at which it
 * changes, all bounded (EXACT_MAX, WORK_MAX, STEPS_MAX); the candidates
 * and heights are O(columns x candidates x sampled rows) (MATRIX_MAX),
 * the greedy O(moves x columns x LOOKAHEAD x sampled rows), the search
 * at most SEARCH_WORK.  Memory is the sample's, never the table's.
 */

/* Rows measured at every width; a taller table is sampled evenly. */
#define SAMPLE_ROWS	200
/* A cell of more bytes is estimated: its width over the column's. */
#define EXACT_MAX	1024
/* Words laid out and heights kept while sampling, before it ends early. */
#define WORK_MAX	((size_t)1 << 23)
#define STEPS_MAX	((size_t)1 << 18)
/* Heights held for the search, all columns: candidates are thinned. */
#define MATRIX_MAX	((size_t)1 << 20)
/* Row evaluations the exact search may cost. */
#define SEARCH_WORK	((size_t)1 << 22)
/* Candidates a greedy move looks ahead, per column. */
#define LOOKAHEAD	32

/* From this width on, a cell takes this many lines. */
struct step {
	uint32_t	 width;
	uint32_t	 lines;
};

struct bp_fit_col {
	struct step	*st;		/* each sampled cell's steps, in row order */
	size_t		 nst, cap;
	size_t		*first;		/* per sampled row: its first step */
	size_t		*word;		/* per sampled row: its widest word */
	size_t		 rcap;
	size_t		*w;		/* candidate widths, ascending; w[0] is lo */
	size_t		 nw;
	uint16_t	*h;		/* h[i * ns + r]: row r's lines at w[i] */
	size_t		*split;		/* per candidate: cells with a word split */
};

/* What a choice costs, the first most: split cells, height, all lines. */
struct cost {
	size_t		 s, h, t;
};

/* The search's state. */
struct search {
	struct bp_fit	*f;
	size_t		 ns;
	size_t		*idx;		/* candidate chosen per column */
	size_t		*best;		/* the best choice found */
	struct cost	 bc;		/* its cost */
	size_t		*pm;		/* (ncols + 1) x ns: rows' height so far */
	struct cost	*pc;		/* per depth: split cells and lines so far */
	size_t		*losum;		/* per column: lo of it and those after */
	size_t		*top;		/* per column: its widest candidate left */
	size_t		 work;
};

static int
cheaper(const struct cost *a, const struct cost *b)
{
	if (a->s != b->s)
		return a->s < b->s;
	if (a->h != b->h)
		return a->h < b->h;
	return a->t < b->t;
}

void
bp_fit_init(struct bp_fit *f, size_t ncols, size_t nrows)
{
	memset(f, 0, sizeof(*f));
	f->ncols = ncols;
	f->nrows = nrows;
	f->nat = bp_calloc(ncols, sizeof(*f->nat));
	f->word = bp_calloc(ncols, sizeof(*f->word));
	f->total = bp_calloc(ncols, sizeof(*f->total));
	f->lo = bp_calloc(ncols, sizeof(*f->lo));
	f->hi = bp_calloc(ncols, sizeof(*f->hi));
	f->col = bp_calloc(ncols, sizeof(*f->col));
}

void
bp_fit_free(struct bp_fit *f)
{
	size_t	 c;

	if (f->col != NULL)
		for (c = 0; c < f->ncols; c++) {
			free(f->col[c].st);
			free(f->col[c].first);
			free(f->col[c].word);
			free(f->col[c].w);
			free(f->col[c].h);
			free(f->col[c].split);
		}
	free(f->col);
	free(f->nat);
	free(f->word);
	free(f->total);
	free(f->lo);
	free(f->hi);
	memset(f, 0, sizeof(*f));
}

void
bp_fit_row(struct bp_fit *f, const struct bp_cell *cells)
{
	size_t	 c, w;

	for (c = 0; c < f->ncols; c++) {
		w = bp_text_width(cells[c].s, cells[c].len);
		if (w > f->nat[c])
			f->nat[c] = w;
		f->total[c] += w;
		/* A word is never wider than its cell: most need no look. */
		if (w > f->word[c] && (w = bp_text_longest_word(cells[c].s,
		    cells[c].len)) > f->word[c])
			f->word[c] = w;
	}
}

void
bp_fit_plan(struct bp_fit *f, const size_t *floors, size_t room)
{
	size_t	 c, fl, sum = 0, nat = 0;

	f->room = room;
	for (c = 0; c < f->ncols; c++) {
		if (f->nat[c] == 0)
			f->nat[c] = 1;
		fl = floors != NULL && floors[c] > 1 ? floors[c] : 1;
		f->lo[c] = f->word[c] > fl ? f->word[c] : fl;
		if (f->lo[c] > f->nat[c])
			f->lo[c] = f->nat[c];
		sum += f->lo[c];
		nat += f->nat[c];
	}
	f->whole = sum <= room;
	if (!f->whole)
		for (sum = 0, c = 0; c < f->ncols; c++) {
			fl = floors != NULL && floors[c] > 1 ? floors[c] : 1;
			f->lo[c] = fl < f->nat[c] ? fl : f->nat[c];
			sum += f->lo[c];
		}
	for (c = 0; c < f->ncols; c++)
		f->hi[c] = sum < room && room - sum < f->nat[c] - f->lo[c] ?
		    f->lo[c] + (room - sum) : f->nat[c];
	/* Nothing to choose: everything fits, or only the least does. */
	if (nat <= room || sum >= room || f->ncols < 2)
		f->step = 0;
	else
		f->step = (f->nrows + SAMPLE_ROWS - 1) / SAMPLE_ROWS;
}

int
bp_fit_sampled(const struct bp_fit *f, size_t row)
{
	return f->step > 0 && !f->full && row % f->step == 0;
}

static void
push(struct bp_fit_col *col, size_t width, size_t lines)
{
	if (col->nst == col->cap) {
		col->cap = col->cap ? col->cap * 2 : 64;
		col->st = bp_reallocarray(col->st, col->cap, sizeof(*col->st));
	}
	col->st[col->nst].width = (uint32_t)width;
	col->st[col->nst].lines = (uint32_t)(lines > UINT16_MAX ? UINT16_MAX :
	    lines);
	col->nst++;
}

/* Whether the text is spaces alone: no line at all. */
static int
blank(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

/*
 * A cell's lines at every width from lo to hi, as steps: the first at lo,
 * then one where the count changes.  Returns its widest word.
 */
static size_t
profile(struct bp_fit *f, struct bp_fit_col *col, size_t lo, size_t hi,
    const struct bp_cell *cell)
{
	struct bp_measure	 m;
	size_t			 w, n, prev, next, width, word;

	width = bp_text_width(cell->s, cell->len);
	/* One line at any width (none if blank): no need to look closer. */
	if (width <= lo && memchr(cell->s, '\n', cell->len) == NULL) {
		push(col, lo, blank(cell->s, cell->len) ? 0 : 1);
		return 0;
	}
	/*
	 * Too long to lay out at every width: as many lines as its width
	 * takes, at widths spaced apart as they grow; its words unlooked at.
	 */
	if (cell->len > EXACT_MAX || f->work > WORK_MAX) {
		for (w = lo; ; w = next) {
			n = (width + w - 1) / w;
			push(col, w, n);
			if (n <= 1)
				break;
			next = (width + n - 2) / (n - 1);
			if (next < w + w / 8)
				next = w + w / 8;
			if (next > hi)
				break;
		}
		return 0;
	}
	bp_measure_init(&m, cell->s, cell->len);
	for (w = lo, prev = SIZE_MAX; ; w = next) {
		n = bp_measure_lines(&m, w, &next);
		f->work += m.nseg;
		if (n != prev)
			push(col, w, n);
		prev = n;
		if (next > hi)
			break;
	}
	word = m.word;
	bp_measure_free(&m);
	return word;
}

void
bp_fit_sample(struct bp_fit *f, const struct bp_cell *cells)
{
	struct bp_fit_col	*col;
	size_t			 c, before;

	for (c = 0; c < f->ncols; c++) {
		col = &f->col[c];
		if (f->ns == col->rcap) {
			col->rcap = col->rcap ? col->rcap * 2 : 16;
			col->first = bp_reallocarray(col->first, col->rcap,
			    sizeof(*col->first));
			col->word = bp_reallocarray(col->word, col->rcap,
			    sizeof(*col->word));
		}
		col->first[f->ns] = before = col->nst;
		col->word[f->ns] = profile(f, col, f->lo[c], f->hi[c],
		    &cells[c]);
		f->nsteps += col->nst - before;
	}
	f->ns++;
	/* A hostile sample (long cells, a wide room) ends early. */
	if (f->work > WORK_MAX || f->nsteps > STEPS_MAX)
		f->full = 1;
}

/*
 * A column's candidate widths: lo, each width where a cell changes height,
 * and each where it stops splitting a word; in order, each once (marked
 * in a table of the widths from lo to hi, no sort).
 */
static void
candidates(struct bp_fit *f, size_t c)
{
	struct bp_fit_col	*col = &f->col[c];
	size_t			 i, lo = f->lo[c], hi = f->hi[c];
	unsigned char		*at;

	at = bp_calloc(hi - lo + 1, 1);
	at[0] = 1;
	for (i = 0; i < col->nst; i++)
		if (col->st[i].width > lo && col->st[i].width <= hi)
			at[col->st[i].width - lo] = 1;
	for (i = 0; i < f->ns; i++)
		if (col->word[i] > lo && col->word[i] <= hi)
			at[col->word[i] - lo] = 1;
	for (col->nw = 0, i = 0; i <= hi - lo; i++)
		col->nw += at[i];
	col->w = bp_reallocarray(NULL, col->nw, sizeof(*col->w));
	for (col->nw = 0, i = 0; i <= hi - lo; i++)
		if (at[i])
			col->w[col->nw++] = lo + i;
	free(at);
}

/* Every row's lines, and the cells split, at every candidate width. */
static void
heights(struct bp_fit *f, size_t c)
{
	struct bp_fit_col	*col = &f->col[c];
	size_t			 r, i, p, end, ns = f->ns;

	col->h = bp_reallocarray(NULL, col->nw * ns, sizeof(*col->h));
	col->split = bp_calloc(col->nw, sizeof(*col->split));
	for (r = 0; r < ns; r++) {
		p = col->first[r];
		end = r + 1 < ns ? col->first[r + 1] : col->nst;
		for (i = 0; i < col->nw; i++) {
			while (p + 1 < end && col->st[p + 1].width <= col->w[i])
				p++;
			col->h[i * ns + r] = (uint16_t)col->st[p].lines;
			if (col->word[r] > col->w[i])
				col->split[i]++;
		}
	}
	free(col->st);
	col->st = NULL;
}

/* The column's widest candidate no wider than room (at least the first). */
static size_t
widest(const struct bp_fit_col *col, size_t room)
{
	size_t	 lo = 0, hi = col->nw, mid;

	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (col->w[mid] <= room)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* Whether a move saving d at cost n beats one saving bd at cost bn. */
static int
saves_more(const long d[3], size_t n, const long bd[3], size_t bn)
{
	int	 k;

	for (k = 0; k < 3; k++)
		if (d[k] * (long)bn != bd[k] * (long)n)
			return d[k] * (long)bn < bd[k] * (long)n;
	return 0;
}

/*
 * The greedy: moves one column at a time to the candidate that saves
 * the most per column spent.  Fills idx[].
 */
static void
greedy(struct bp_fit *f, size_t *idx, size_t left)
{
	const struct bp_fit_col	*col;
	size_t			 ns = f->ns, k = f->ncols, c, r, j, base;
	size_t			 cost, a, b, o, x, bc, bj, bn;
	size_t			*top1, *top2, *top1c;
	long			 d[3], bd[3];

	top1 = bp_calloc(ns, sizeof(*top1));
	top2 = bp_calloc(ns, sizeof(*top2));
	top1c = bp_calloc(ns, sizeof(*top1c));
	for (;;) {
		/* Each row's tallest cell, its column, and the next tallest. */
		for (r = 0; r < ns; r++) {
			top1[r] = top2[r] = top1c[r] = 0;
			for (c = 0; c < k; c++) {
				x = f->col[c].h[idx[c] * ns + r];
				if (x > top1[r]) {
					top2[r] = top1[r];
					top1[r] = x;
					top1c[r] = c;
				} else if (x > top2[r])
					top2[r] = x;
			}
		}
		bc = k;
		bj = 0;
		bn = 1;
		bd[0] = bd[1] = bd[2] = 0;
		for (c = 0; c < k; c++) {
			col = &f->col[c];
			base = idx[c];
			for (j = base + 1; j < col->nw && j - base <= LOOKAHEAD;
			    j++) {
				if ((cost = col->w[j] - col->w[base]) > left)
					break;
				d[0] = (long)col->split[j] -
				    (long)col->split[base];
				d[1] = d[2] = 0;
				for (r = 0; r < ns; r++) {
					a = col->h[base * ns + r];
					b = col->h[j * ns + r];
					o = top1c[r] == c ? top2[r] : top1[r];
					d[1] += (long)(b > o ? b : o) -
					    (long)(a > o ? a : o);
					d[2] += (long)b - (long)a;
				}
				if (saves_more(d, cost, bd, bn)) {
					bc = c;
					bj = j;
					bn = cost;
					memcpy(bd, d, sizeof(bd));
				}
			}
		}
		if (bc == k)
			break;
		left -= bn;
		idx[bc] = bj;
	}
	free(top1);
	free(top2);
	free(top1c);
}

/* The cost of the choice idx[]. */
static struct cost
cost_of(const struct bp_fit *f, const size_t *idx)
{
	struct cost	 k = { 0, 0, 0 };
	size_t		 r, c, x, m, ns = f->ns;

	for (c = 0; c < f->ncols; c++)
		k.s += f->col[c].split[idx[c]];
	for (r = 0; r < ns; r++) {
		for (m = 0, c = 0; c < f->ncols; c++) {
			x = f->col[c].h[idx[c] * ns + r];
			k.t += x;
			if (x > m)
				m = x;
		}
		k.h += m;
	}
	return k;
}

/*
 * Whether columns d.. cannot beat the best with left columns of room,
 * over rows as tall as pm[] and the split cells and lines of pc: not even
 * with each column given all the room the others' least widths leave.
 */
static int
hopeless(struct search *S, size_t d, size_t left, const size_t *pm,
    struct cost k)
{
	struct bp_fit	*f = S->f;
	size_t		 r, c, x, ns = S->ns, *top = S->top, others;

	for (c = d; c < f->ncols; c++) {
		others = S->losum[d] - f->lo[c];
		top[c] = widest(&f->col[c], left > others ? left - others : 0);
		k.s += f->col[c].split[top[c]];
		for (r = 0; r < ns; r++)
			k.t += f->col[c].h[top[c] * ns + r];
	}
	for (r = 0; r < ns; r++) {
		x = pm[r];
		for (c = d; c < f->ncols; c++)
			if (f->col[c].h[top[c] * ns + r] > x)
				x = f->col[c].h[top[c] * ns + r];
		k.h += x;
	}
	S->work += ns * (f->ncols - d);
	return !cheaper(&k, &S->bc);
}

/* Chooses column d's candidate, then the next column's, within left. */
static void
search(struct search *S, size_t d, size_t left)
{
	struct bp_fit		*f = S->f;
	const struct bp_fit_col	*col = &f->col[d];
	size_t			 ns = S->ns, *pm = S->pm + d * ns;
	size_t			*nx = pm + ns;
	size_t			 j, r, x, top;
	struct cost		 k;

	if (S->work > SEARCH_WORK)
		return;
	top = widest(col, left - (S->losum[d] - f->lo[d]));
	for (j = top + 1; j-- > 0; ) {
		k = S->pc[d];
		k.s += col->split[j];
		for (r = 0; r < ns; r++) {
			x = col->h[j * ns + r];
			k.t += x;
			nx[r] = x > pm[r] ? x : pm[r];
		}
		S->work += ns;
		S->idx[d] = j;
		if (d + 1 == f->ncols) {
			/* The last column: its widest is its best. */
			for (k.h = 0, r = 0; r < ns; r++)
				k.h += nx[r];
			if (cheaper(&k, &S->bc)) {
				S->bc = k;
				memcpy(S->best, S->idx, f->ncols *
				    sizeof(*S->best));
			}
			return;
		}
		if (hopeless(S, d + 1, left - col->w[j], nx, k))
			continue;
		S->pc[d + 1] = k;
		search(S, d + 1, left - col->w[j]);
	}
}

/* Chooses a candidate per column from the sample: greedy, then exact. */
static void
choose(struct bp_fit *f, size_t *idx)
{
	struct search	 S;
	size_t		 c, i, n, sum, big;

	for (c = 0; c < f->ncols; c++)
		candidates(f, c);
	/* Too many heights to hold: thin the longest list, every other one. */
	for (;;) {
		for (sum = 0, big = 0, c = 0; c < f->ncols; c++) {
			sum += f->col[c].nw;
			if (f->col[c].nw > f->col[big].nw)
				big = c;
		}
		if (sum * f->ns <= MATRIX_MAX || f->col[big].nw < 3)
			break;
		for (n = 1, i = 2; i < f->col[big].nw; i += 2)
			f->col[big].w[n++] = f->col[big].w[i];
		f->col[big].nw = n;
	}
	for (sum = 0, c = 0; c < f->ncols; c++) {
		heights(f, c);
		idx[c] = 0;
		sum += f->lo[c];
	}
	greedy(f, idx, f->room - sum);

	memset(&S, 0, sizeof(S));
	S.f = f;
	S.ns = f->ns;
	S.idx = bp_calloc(f->ncols, sizeof(*S.idx));
	S.top = bp_calloc(f->ncols, sizeof(*S.top));
	S.best = bp_calloc(f->ncols, sizeof(*S.best));
	S.pm = bp_calloc((f->ncols + 1) * f->ns, sizeof(*S.pm));
	S.pc = bp_calloc(f->ncols + 1, sizeof(*S.pc));
	S.losum = bp_calloc(f->ncols + 1, sizeof(*S.losum));
	for (c = f->ncols; c-- > 0; )
		S.losum[c] = S.losum[c + 1] + f->lo[c];
	memcpy(S.best, idx, f->ncols * sizeof(*idx));
	S.bc = cost_of(f, idx);
	search(&S, 0, f->room);
	memcpy(idx, S.best, f->ncols * sizeof(*idx));
	free(S.idx);
	free(S.top);
	free(S.best);
	free(S.pm);
	free(S.pc);
	free(S.losum);
}

size_t
bp_fit_widths(struct bp_fit *f, size_t *widths)
{
	size_t	 c, sum = 0, *idx, best, all = 0;
	long	 d, bd;

	for (c = 0; c < f->ncols; c++)
		sum += f->nat[c];
	if (f->ns > 0) {
		idx = bp_calloc(f->ncols, sizeof(*idx));
		choose(f, idx);
		for (c = 0; c < f->ncols; c++)
			widths[c] = f->col[c].w[idx[c]];
		free(idx);
	} else
		for (c = 0; c < f->ncols; c++)
			widths[c] = sum <= f->room ? f->nat[c] : f->lo[c];
	for (sum = 0, c = 0; c < f->ncols; c++) {
		sum += widths[c];
		all += f->total[c];
	}
	/*
	 * What is left changes no count: a column at a time, it goes to the
	 * column furthest below its share of the room in proportion to the
	 * text it holds (compared times all the text, in integers).
	 */
	while (sum < f->room) {
		for (best = f->ncols, bd = 0, c = 0; c < f->ncols; c++) {
			if (widths[c] >= f->nat[c])
				continue;
			d = (long)(f->room * f->total[c]) -
			    (long)(widths[c] * all);
			if (best == f->ncols || d > bd) {
				best = c;
				bd = d;
			}
		}
		if (best == f->ncols)
			break;
		widths[best]++;
		sum++;
	}
	return sum;
}

size_t
bp_table_widths(const struct bp_cell *cells, size_t nrows, size_t ncols,
    const size_t *floors, size_t room, size_t *widths)
{
	struct bp_fit	 f;
	size_t		 r, sum;

	bp_fit_init(&f, ncols, nrows);
	for (r = 0; r < nrows; r++)
		bp_fit_row(&f, cells + r * ncols);
	bp_fit_plan(&f, floors, room);
	for (r = 0; r < nrows; r++)
		if (bp_fit_sampled(&f, r))
			bp_fit_sample(&f, cells + r * ncols);
	sum = bp_fit_widths(&f, widths);
	bp_fit_free(&f);
	return sum;
}

size_t
bp_table_height(const struct bp_cell *cells, size_t nrows, size_t ncols,
    const size_t *widths)
{
	struct bp_wrap	 w;
	struct bp_line	 line;
	size_t		 r, c, n, tall, h = 0;

	for (r = 0; r < nrows; r++) {
		for (tall = 0, c = 0; c < ncols; c++) {
			bp_wrap_init(&w, cells[r * ncols + c].s,
			    cells[r * ncols + c].len, widths[c], 0);
			for (n = 0; bp_wrap_next(&w, &line); n++)
				;
			bp_wrap_free(&w);
			if (n > tall)
				tall = n;
		}
		h += tall;
	}
	return h;
}
