/* The feature table: measure every cell, fit the columns to the width, then draw. */
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_table.h"
#include "base/bp_text.h"
#include "render/bp_render.h"
#include "render/bp_term.h"

/* A value column narrower than this reads badly: auto layout stacks instead. */
#define MIN_VALUE_COL	16
/* The feature column never takes less than this (or its natural width). */
#define MIN_LABEL_COL	8
/* Two columns hold any character: a line never overflows. */
#define MIN_COL		2

enum border {
	B_TOP,
	B_MID,
	B_BOTTOM,
	B__MAX
};

/* Left, join, right and horizontal pieces of each rule, per charset. */
static const char *const rules_utf8[B__MAX][4] = {
	{ "┌", "┬", "┐", "─" },
	{ "├", "┼", "┤", "─" },
	{ "└", "┴", "┘", "─" },
};
static const char *const rules_ascii[B__MAX][4] = {
	{ "+", "+", "+", "-" },
	{ "+", "+", "+", "-" },
	{ "+", "+", "+", "-" },
};

/*
 * The table in two passes (lowdown, mandoc tbl): measure every cell, decide
 * the column widths (bp_fit, which looks again at a sample of the rows),
 * then make and draw one row at a time, so a table of 100,000 rows holds
 * one row's cells, not all of them.
 */

struct table {
	const struct bp_doc	*d;
	const struct bp_opts	*o;
	int			 edges;		/* some feature has an edge: last column */
	int			 uniform;	/* every row has one edge: said once */
	size_t			 nsubjects;	/* subjects shown: bp_col() */
	struct bp_buf		 same;		/* that edge, as the column says it */
	size_t			 ncols;
	size_t			 nrows;		/* features shown, heading not counted */
	struct bp_cell		*cells;		/* the current row's, ncols of them */
	struct bp_wrap		*wraps;		/* per cell, while drawing a row */
	struct bp_fit		 fit;		/* what the widths are chosen from */
	size_t			*width;		/* decided column widths */
	struct bp_by_subject	 by;		/* values in subject order */
	const struct bp_value	**values;	/* the current row's */
	struct bp_buf		 edge;		/* the current row's edge */
};

/* Text is measured where it lies: no copy, whatever its size. */
static void
cell(struct bp_cell *c, const char *s, size_t len)
{
	c->s = s;
	c->len = len;
}

/*
 * What the edge column says: "Tie", the winner's short name, those that
 * share it, or nothing.
 */
static const char *
edge_text(struct table *t, const struct bp_feature *f, size_t *len)
{
	t->edge.len = 0;
	if (!bp_edge_label(&t->edge, t->d, f)) {
		*len = 0;
		return "";
	}
	*len = t->edge.len;
	return t->edge.data;
}

/* Makes the cells of row r (0: the heading, then the features). */
static void
row_make(struct table *t, size_t r)
{
	const struct bp_doc	*d = t->d;
	const struct bp_feature	*f;
	const struct bp_value	*v;
	const char		*e;
	size_t			 c, len;

	if (r == 0) {
		cell(&t->cells[0], LIT("Feature"));
		for (c = 0; c < t->nsubjects; c++) {
			const struct bp_subject *s =
			    &d->subjects[bp_col(d, t->o, c)];

			cell(&t->cells[c + 1], s->shortname.s,
			    s->shortname.len);
		}
		if (t->edges)
			cell(&t->cells[t->ncols - 1], LIT("Edge"));
		return;
	}
	f = bp_row(t->d, t->o, r - 1);
	cell(&t->cells[0], f->label.s, f->label.len);
	bp_by_subject(&t->by, f, t->values);
	for (c = 0; c < t->nsubjects; c++) {
		v = t->values[bp_col(d, t->o, c)];
		cell(&t->cells[c + 1], v ? v->text.s : "", v ? v->text.len : 0);
	}
	if (t->edges) {
		e = edge_text(t, f, &len);
		cell(&t->cells[t->ncols - 1], e, len);
	}
}

/* Which columns there are, and room for a row of them. */
static void
table_setup(struct table *t)
{
	size_t	 r;

	t->nrows = bp_rows_n(t->d, t->o);
	/* No feature with an edge: no column that would stay empty. */
	for (r = 0; r < t->nrows; r++)
		if (bp_has_edge(bp_row(t->d, t->o, r)))
			t->edges = 1;
	/*
	 * The same edge on every row shown (two or more): a column of one
	 * word repeated gives way to one line under the table.
	 */
	if (t->edges && t->nrows > 1) {
		t->uniform = 1;
		for (r = 0; t->uniform && r < t->nrows; r++) {
			t->edge.len = 0;
			t->uniform = bp_edge_label(&t->edge, t->d,
			    bp_row(t->d, t->o, r));
			if (!t->uniform)
				break;
			/* A label is never empty; nothing is copied from NULL. */
			if (r == 0 && t->edge.len > 0)
				bp_buf_putn(&t->same, t->edge.data, t->edge.len);
			else if (t->edge.len != t->same.len || (t->same.len > 0 &&
			    memcmp(t->edge.data, t->same.data, t->same.len) != 0))
				t->uniform = 0;
		}
		if (t->uniform)
			t->edges = 0;
	}
	t->nsubjects = bp_cols_n(t->d, t->o);
	t->ncols = t->nsubjects + 1 + (size_t)t->edges;
	t->cells = bp_calloc(t->ncols, sizeof(*t->cells));
	t->wraps = bp_calloc(t->ncols, sizeof(*t->wraps));
	t->width = bp_calloc(t->ncols, sizeof(*t->width));
	t->values = bp_calloc(t->d->nsubjects + 1, sizeof(*t->values));
	bp_by_subject_init(&t->by, t->d);
}

/* The first pass: every cell measured once (widest cell, widest word). */
static void
table_measure(struct table *t)
{
	size_t	 r;

	bp_fit_init(&t->fit, t->ncols, t->nrows + 1);
	for (r = 0; r <= t->nrows; r++) {
		row_make(t, r);
		bp_fit_row(&t->fit, t->cells);
	}
}

static void
table_free(struct table *t)
{
	free(t->cells);
	free(t->wraps);
	bp_fit_free(&t->fit);
	free(t->width);
	free(t->values);
	bp_buf_free(&t->edge);
	bp_buf_free(&t->same);
	bp_by_subject_free(&t->by);
}

enum fit {
	FIT_NONE,	/* the borders alone overflow the width */
	FIT_CRAMPED,	/* fits, but some value column is narrower than it should be */
	FIT_GOOD
};

/*
 * Decides column widths for the room there is, and says how well they
 * fit.  bp_fit chooses them (the fewest lines, no word split while all
 * fit whole); here, only the least each column may take.  The table fits
 * well when every column can be as wide as its widest word, and every
 * value column MIN_VALUE_COL wide, or as wide as its text if less.  Else
 * it is cramped, and a column may go down to MIN_COL: auto layout stacks
 * it instead, and needs no widths.
 */
static enum fit
table_fit(struct table *t, size_t width)
{
	const size_t	*nat = t->fit.nat, *word = t->fit.word;
	size_t		 c, r, over, avail, sum, need, *floors;
	enum fit	 ok = FIT_GOOD;

	/* "│ " before every column, " │" after the last: 3 per column + 1. */
	over = 3 * t->ncols + 1;
	avail = width > over ? width - over : 0;
	floors = bp_calloc(t->ncols, sizeof(*floors));
	for (sum = 0, c = 0; c < t->ncols; c++) {
		/* The edge column says a short name or "Tie": it is short. */
		floors[c] = c == 0 ? MIN_LABEL_COL : t->edges && c + 1 ==
		    t->ncols ? MIN_COL : MIN_VALUE_COL;
		need = word[c] > floors[c] ? word[c] : floors[c];
		sum += need < nat[c] ? need : nat[c];
	}
	if (sum > avail) {
		ok = FIT_CRAMPED;
		for (c = 1; c < t->ncols; c++)
			floors[c] = MIN_COL;
	}
	if (ok == FIT_CRAMPED && t->o->layout != BP_LAYOUT_TABLE) {
		free(floors);
		return ok;
	}
	bp_fit_plan(&t->fit, floors, avail);
	free(floors);
	for (r = 0; r <= t->nrows; r++)
		if (bp_fit_sampled(&t->fit, r)) {
			row_make(t, r);
			bp_fit_sample(&t->fit, t->cells);
		}
	sum = bp_fit_widths(&t->fit, t->width);
	/* Borders and gutters alone may not fit a very narrow screen. */
	return sum + over > width ? FIT_NONE : ok;
}

static void
rule(struct bp_buf *out, const struct table *t, enum border b)
{
	const char *const	*p = t->o->ascii ? rules_ascii[b] :
				    rules_utf8[b];
	size_t			 c;

	bp_buf_puts(out, p[0]);
	for (c = 0; c < t->ncols; c++) {
		bp_buf_repeat(out, p[3], t->width[c] + 2);
		bp_buf_puts(out, c + 1 < t->ncols ? p[1] : p[2]);
	}
	bp_buf_putc(out, '\n');
}

/*
 * Draws the cells made for row r, each wrapped in its column, a line of
 * every cell at a time: a cell of any size costs a piece of it at once.
 */
/* Whether a cell may hold a URL ("://"): only those are looked at twice. */
static int
memmem_url(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i + 3 <= len; i++)
		if (s[i] == ':' && s[i + 1] == '/' && s[i + 2] == '/')
			return 1;
	return 0;
}

static void
row_draw(struct bp_buf *out, struct table *t, size_t r)
{
	struct bp_line	 line;
	struct bp_opts	 plain;
	struct bp_buf	 row = BP_BUF_INIT;	/* a line, made again each time */
	size_t		 c, live = 0, pad;
	const char	*bar = t->o->ascii ? "|" : "│";
	unsigned char	*more, *split;
	int		 win;

	win = r > 0 && t->edges && bp_edge_wins(bp_row(t->d, t->o, r - 1));
	more = bp_calloc(t->ncols, 1);
	split = bp_calloc(t->ncols, 1);
	plain = *t->o;
	plain.hyperlinks = 0;
	for (c = 0; c < t->ncols; c++) {
		/*
		 * A URL stays whole, as everywhere, where its column holds
		 * it; where it does not (a forced table), the cell's lines
		 * must still fit, so it is split, and then is no link.
		 */
		split[c] = memmem_url(t->cells[c].s, t->cells[c].len) &&
		    bp_text_longest_word(t->cells[c].s, t->cells[c].len) >
		    t->width[c];
		bp_wrap_init(&t->wraps[c], t->cells[c].s, t->cells[c].len,
		    t->width[c], split[c] ? BP_WRAP_BREAK_URLS : 0);
		more[c] = 1;
		live++;
	}
	for (;;) {
		int		 any = 0;

		row.len = 0;
		for (c = 0; c < t->ncols; c++) {
			enum bp_term_style st = r == 0 ? BP_TS_HEADING :
			    win && c + 1 == t->ncols ? BP_TS_EDGE : BP_TS_NONE;

			bp_buf_puts(&row, bar);
			bp_buf_putc(&row, ' ');
			if (more[c] && bp_wrap_next(&t->wraps[c], &line)) {
				any = 1;
				bp_term_styled(&row, split[c] ? &plain : t->o,
				    st, line.p, line.len);
				/* Never below zero: a line is never wider. */
				pad = t->width[c] > line.width ?
				    t->width[c] - line.width : 0;
				bp_buf_repeat(&row, " ", pad + 1);
			} else {
				more[c] = 0;
				bp_buf_repeat(&row, " ", t->width[c] + 1);
			}
		}
		bp_buf_puts(&row, bar);
		bp_buf_putc(&row, '\n');
		if (any)
			bp_buf_putn(out, row.data, row.len);
		if (!any)
			break;
	}
	bp_buf_free(&row);
	for (c = 0; c < t->ncols; c++)
		bp_wrap_free(&t->wraps[c]);
	free(more);
	free(split);
	(void)live;
}

static void
draw_table(struct bp_buf *out, struct table *t)
{
	size_t	 r;

	rule(out, t, B_TOP);
	for (r = 0; r <= t->nrows; r++) {
		if (r > 0)
			rule(out, t, B_MID);
		row_make(t, r);
		row_draw(out, t, r);
	}
	rule(out, t, B_BOTTOM);
}

/* Each feature as a block: its label, then one line group per subject, then the edge. */
static void
draw_stacked(struct bp_buf *out, struct table *t)
{
	struct bp_term_item	*items;
	const char		**keys;
	size_t			 r, c, n;

	/* The subjects' short names and "Edge": every block uses them. */
	row_make(t, 0);
	keys = bp_calloc(t->ncols, sizeof(*keys));
	for (c = 1; c < t->ncols; c++)
		keys[c] = t->cells[c].s;
	items = bp_calloc(t->ncols - 1, sizeof(*items));
	for (r = 1; r <= t->nrows; r++) {
		if (r > 1)
			bp_buf_putc(out, '\n');
		row_make(t, r);
		bp_term_heading(out, t->o, t->cells[0].s, t->cells[0].len);
		for (n = 0, c = 1; c < t->ncols; c++) {
			/* A feature with no edge says nothing about it. */
			if (t->edges && c + 1 == t->ncols &&
			    t->cells[c].len == 0)
				continue;
			items[n].key = keys[c];
			items[n].text = t->cells[c].s;
			items[n].len = t->cells[c].len;
			items[n].text_style = t->edges && c + 1 == t->ncols &&
			    bp_edge_wins(bp_row(t->d, t->o, r - 1)) ?
			    BP_TS_EDGE : BP_TS_NONE;
			n++;
		}
		bp_term_keyed_list(out, t->o, 2, items, n);
	}
	free(keys);
	free(items);
}

/* "Edge: tie on every feature", or the subject's short name for tie. */
static void
uniform_edge(struct bp_buf *out, struct table *t)
{
	struct bp_buf	 line = BP_BUF_INIT;

	bp_buf_puts(&line, "Edge: ");
	if (bp_edge_wins(bp_row(t->d, t->o, 0)))
		bp_buf_putn(&line, t->same.data, t->same.len);
	else
		bp_buf_puts(&line, "tie");
	bp_buf_puts(&line, " on every feature");
	bp_buf_putn(&line, LIT(""));
	bp_term_wrapped(out, t->o, 0, NULL, line.data, line.len);
	bp_buf_free(&line);
}

void
bp_term_compare(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	bp_term_title(out, o, d);
	bp_buf_putc(out, '\n');
	bp_term_table(out, d, o);
}

void
bp_term_table(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	struct table	 t;
	enum fit	 fit;

	memset(&t, 0, sizeof(t));
	t.d = d;
	t.o = o;
	table_setup(&t);
	fit = FIT_NONE;
	if (o->layout != BP_LAYOUT_STACKED) {
		table_measure(&t);
		fit = table_fit(&t, o->width);
	}
	/* Even a forced table gives way when its borders cannot fit. */
	if ((o->layout == BP_LAYOUT_TABLE && fit != FIT_NONE) ||
	    (o->layout == BP_LAYOUT_AUTO && fit == FIT_GOOD))
		draw_table(out, &t);
	else {
		draw_stacked(out, &t);
		/* After the blocks, apart from the last of them. */
		if (t.uniform)
			bp_buf_putc(out, '\n');
	}
	if (t.uniform)
		uniform_edge(out, &t);
	table_free(&t);
}
