/*
 * Table column widths (bp_table.h): a few cases, then the property over
 * hundreds of small random tables, against an exhaustive search: no split
 * of the room splits words in fewer cells or, splitting as few, makes the
 * table shorter; and no word is split while every word fits whole.
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
#include "base/bp_table.h"
#include "base/bp_text.h"
#include "gen.h"

#define MAXC	4
#define MAXR	6

/* Widths of a table given as strings, row by row. */
static size_t
widths_of(const char *const *text, size_t nrows, size_t ncols, size_t room,
    size_t *widths)
{
	struct bp_cell	 cells[MAXR * MAXC];
	size_t		 i;

	for (i = 0; i < nrows * ncols; i++) {
		cells[i].s = text[i];
		cells[i].len = strlen(text[i]);
	}
	return bp_table_widths(cells, nrows, ncols, NULL, room, widths);
}

static void
natural_widths_when_they_fit(void **state)
{
	static const char *const t[] = {
		"Feature", "A", "B",
		"Price", "Low", "Highest, partner rates apply",
	};
	size_t	 w[3];

	(void)state;
	assert_int_equal(widths_of(t, 2, 3, 100, w), 7 + 3 + 28);
	assert_int_equal(w[0], 7);
	assert_int_equal(w[1], 3);
	assert_int_equal(w[2], 28);
}

/*
 * The room goes where it saves lines: a short column keeps its width and
 * the long text beside it takes the rest, whatever the columns' totals.
 */
static void
room_goes_where_it_saves_lines(void **state)
{
	static const char *const t[] = {
		"Feature", "Tea", "Coffee",
		"Price", "Lowest", "Highest, partner rates apply",
		"Taste", "Mild and grassy, a little bitter when brewed long",
		"Bold",
	};
	struct bp_cell	 cells[9];
	size_t		 i, w[3];

	(void)state;
	for (i = 0; i < 9; i++) {
		cells[i].s = t[i];
		cells[i].len = strlen(t[i]);
	}
	/*
	 * One line a row needs 7 + 49 + 28: at 80, "Highest, partner rates
	 * apply" stays on one line and the taste of tea takes two.
	 */
	widths_of(t, 3, 3, 80, w);
	assert_int_equal(w[0], 7);
	assert_int_equal(w[1], 45);
	assert_int_equal(w[2], 28);
	assert_int_equal(bp_table_height(cells, 3, 3, w), 1 + 1 + 2);
}

/* Words stay whole while they can; else they split, as bp_wrap splits. */
static void
words_whole_while_they_fit(void **state)
{
	static const char *const t[] = {
		"Feature", "Tea", "Coffee",
		"Shallow", "Lowest, by far", "Shallow, then deeper",
	};
	size_t	 w[3];

	(void)state;
	widths_of(t, 2, 3, 7 + 7 + 8, w);
	assert_true(w[0] >= 7 && w[1] >= 7 && w[2] >= 8);
	/* Too little room for every word: the least widths, and a split. */
	assert_int_equal(widths_of(t, 2, 3, 9, w), 9);
}

/* ---- The property. ---- */

static const char *const words[] = {
	"a", "of", "tea", "cost", "legal", "review", "Lowest,", "Highest,",
	"process-driven", "confidentiality", "supercalifragilistic",
	"中文", "咖啡茶", "漢字漢字漢字", "😀", "🇯🇵", "café", "naïve",
	"x", "rates", "apply", "with", "and", "--rows",
};

#define NWORDS	(sizeof(words) / sizeof(words[0]))

/* A cell of up to n random words. */
static void
random_cell(struct bp_buf *b, size_t n)
{
	size_t	 i, k = 1 + gen_rnd((unsigned)n);

	b->len = 0;
	for (i = 0; i < k; i++) {
		if (i > 0)
			bp_buf_putc(b, ' ');
		bp_buf_puts(b, words[gen_rnd(NWORDS)]);
	}
	bp_buf_putn(b, "", 0);
}

/* Lines of one cell at one width, as bp_wrap draws it. */
static size_t
lines(const struct bp_cell *c, size_t width)
{
	struct bp_wrap	 w;
	struct bp_line	 line;
	size_t		 n;

	bp_wrap_init(&w, c->s, c->len, width, 0);
	for (n = 0; bp_wrap_next(&w, &line); n++)
		;
	bp_wrap_free(&w);
	return n;
}

struct table {
	struct bp_cell	 cells[MAXR * MAXC];
	size_t		 nrows, ncols, room;
	size_t		 nat[MAXC], lo[MAXC], word[MAXR * MAXC];
	/* h[c][w][r]: lines of row r in column c at width w (1..nat) */
	size_t		*h[MAXC];
	size_t		 w[MAXC];
	size_t		 bs, bh;	/* the best: cells split, height */
};

/* Cells of column c whose widest word is wider than w. */
static size_t
split_at(const struct table *T, size_t c, size_t w)
{
	size_t	 r, n = 0;

	for (r = 0; r < T->nrows; r++)
		n += T->word[r * T->ncols + c] > w;
	return n;
}

/*
 * Every split of the room, each column from lo to nat: the fewest cells
 * with a word split (none when every word fits: lo), then the least
 * height.
 */
static void
exhaust(struct table *T, size_t c, size_t left, const size_t *rowmax,
    size_t splits)
{
	size_t	 w, r, top, m[MAXR], sum, s;

	if (c + 1 == T->ncols) {
		/* Wider never takes more lines (checked): the last, all. */
		top = left < T->nat[c] ? left : T->nat[c];
		if (top < T->lo[c])
			return;
		for (sum = 0, r = 0; r < T->nrows; r++) {
			size_t x = T->h[c][top * T->nrows + r];

			sum += x > rowmax[r] ? x : rowmax[r];
		}
		s = splits + split_at(T, c, top);
		if (s < T->bs || (s == T->bs && sum < T->bh)) {
			T->bs = s;
			T->bh = sum;
		}
		return;
	}
	for (w = T->lo[c]; w <= T->nat[c] && w <= left; w++) {
		for (r = 0; r < T->nrows; r++) {
			size_t x = T->h[c][w * T->nrows + r];

			m[r] = x > rowmax[r] ? x : rowmax[r];
		}
		exhaust(T, c + 1, left - w, m, splits + split_at(T, c, w));
	}
}

/* Whether a line of the cell at width ends inside an ASCII word. */
static int
splits_a_word(const struct bp_cell *c, size_t width)
{
	struct bp_wrap	 w;
	struct bp_line	 line;
	const char	*end = NULL;
	int		 split = 0;

#define WORDCH(ch) (((ch) >= 'a' && (ch) <= 'z') || ((ch) >= 'A' && \
	(ch) <= 'Z') || (ch) == ',')
	bp_wrap_init(&w, c->s, c->len, width, 0);
	while (bp_wrap_next(&w, &line)) {
		/* The line before ended at end; this one starts at line.p. */
		if (end != NULL && line.p > c->s && WORDCH(line.p[-1]) &&
		    WORDCH(line.p[0]))
			split = 1;
		end = line.p + line.len;
	}
	bp_wrap_free(&w);
#undef WORDCH
	return split;
}

static void
least_height_of_any_split(void **state)
{
	struct bp_buf	 text[MAXR * MAXC];
	struct table	 T;
	size_t		 i, n, c, r, w, width, words_sum, got, splits;
	size_t		 rowmax[MAXR];
	size_t		 cases = 0, whole = 0;

	(void)state;
	memset(text, 0, sizeof(text));
	for (n = 0; n < 600; n++) {
		memset(&T, 0, sizeof(T));
		T.ncols = 2 + gen_rnd(MAXC - 1);
		T.nrows = 1 + gen_rnd(MAXR);
		width = 20 + gen_rnd(101);
		T.room = width - (3 * T.ncols + 1);
		for (i = 0; i < T.nrows * T.ncols; i++) {
			random_cell(&text[i], 1 + gen_rnd(6));
			T.cells[i].s = text[i].data;
			T.cells[i].len = text[i].len;
		}
		words_sum = 0;
		for (c = 0; c < T.ncols; c++) {
			size_t word = 0, x;

			for (r = 0; r < T.nrows; r++) {
				const struct bp_cell *cl;

				cl = &T.cells[r * T.ncols + c];
				x = bp_text_width(cl->s, cl->len);
				if (x > T.nat[c])
					T.nat[c] = x;
				x = bp_text_longest_word(cl->s, cl->len);
				T.word[r * T.ncols + c] = x;
				if (x > word)
					word = x;
			}
			T.lo[c] = word < T.nat[c] ? word : T.nat[c];
			words_sum += T.lo[c];
		}
		if (words_sum > T.room)
			for (c = 0; c < T.ncols; c++)
				T.lo[c] = 1;
		else
			whole++;
		got = bp_table_widths(T.cells, T.nrows, T.ncols, NULL, T.room,
		    T.w);
		for (c = 0; c < T.ncols; c++) {
			assert_true(T.w[c] >= T.lo[c]);
			assert_true(T.w[c] <= T.nat[c]);
		}
		assert_true(got <= T.room);

		/* Every cell at every width, by bp_wrap. */
		for (c = 0; c < T.ncols; c++) {
			T.h[c] = calloc((T.nat[c] + 1) * T.nrows,
			    sizeof(size_t));
			assert_non_null(T.h[c]);
			for (w = 1; w <= T.nat[c]; w++)
				for (r = 0; r < T.nrows; r++) {
					T.h[c][w * T.nrows + r] =
					    lines(&T.cells[r * T.ncols + c], w);
					if (w > 1 && T.h[c][w * T.nrows + r] >
					    T.h[c][(w - 1) * T.nrows + r])
						fail_msg("wider, more lines: "
						    "'%s' at %zu",
						    T.cells[r * T.ncols + c].s,
						    w);
				}
		}
		T.bs = T.bh = SIZE_MAX;
		memset(rowmax, 0, sizeof(rowmax));
		exhaust(&T, 0, T.room, rowmax, 0);
		got = bp_table_height(T.cells, T.nrows, T.ncols, T.w);
		for (splits = 0, c = 0; c < T.ncols; c++)
			splits += split_at(&T, c, T.w[c]);
		if (splits > T.bs || (splits == T.bs && got > T.bh)) {
			for (i = 0; i < T.nrows * T.ncols; i++)
				fprintf(stderr, "%s'%s'", i % T.ncols ? " | " :
				    "\n", T.cells[i].s);
			fprintf(stderr, "\nroom %zu:", T.room);
			for (c = 0; c < T.ncols; c++)
				fprintf(stderr, " %zu", T.w[c]);
			fail_msg("%zu cells split, height %zu; but a split of "
			    "the room gives %zu, %zu", splits, got, T.bs, T.bh);
		}
		/* No word split while all fit whole. */
		if (words_sum <= T.room)
			for (i = 0; i < T.nrows * T.ncols; i++)
				if (splits_a_word(&T.cells[i],
				    T.w[i % T.ncols]))
					fail_msg("'%s' split at %zu",
					    T.cells[i].s, T.w[i % T.ncols]);
		for (c = 0; c < T.ncols; c++)
			free(T.h[c]);
		cases++;
	}
	/* Both kinds of case came up, many times. */
	assert_true(whole > 100 && cases - whole > 50);
	for (i = 0; i < MAXR * MAXC; i++)
		bp_buf_free(&text[i]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(natural_widths_when_they_fit),
		cmocka_unit_test(room_goes_where_it_saves_lines),
		cmocka_unit_test(words_whole_while_they_fit),
		cmocka_unit_test(least_height_of_any_split),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
