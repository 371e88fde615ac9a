/* The feature table: measure every cell, fit the columns to the width, then draw. */
#include <stdlib.h>
#include <string.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_render.h"
#include "bp_term.h"
#include "bp_text.h"

/* A value column narrower than this reads badly: auto layout stacks instead. */
#define MIN_VALUE_COL	16
/* The feature column never takes less than this (or its natural width). */
#define MIN_LABEL_COL	8

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

struct table {
	int			 edges;		/* some feature has an edge: last column */
	size_t			 ncols;
	size_t			 nrows;		/* including the heading row */
	struct term_cell	*cells;		/* nrows * ncols */
	unsigned char		*wins;		/* per row: a subject has the edge */
	size_t			*width;		/* decided column widths */
};

static struct term_cell *
cell(struct table *t, size_t row, size_t col)
{
	return &t->cells[row * t->ncols + col];
}

/* What the edge column says: "Tie", the winner's short name, or nothing. */
static const char *
edge_text(const struct bp_doc *d, const struct bp_feature *f, size_t *len)
{
	const struct bp_subject	*s;

	*len = 0;
	if (f->edge.s == NULL)
		return "";
	if (strcmp(f->edge.s, "tie") == 0) {
		*len = 3;
		return "Tie";
	}
	if ((s = bp_subject_by_id(d, f->edge.s)) == NULL)
		return "";
	*len = s->shortname.len;
	return s->shortname.s;
}

/* The features to show: those --rows names, in its order, or all. */
static const struct bp_feature *
feature_at(const struct bp_doc *d, const struct bp_opts *o, size_t r)
{
	return &d->features[o->rows != NULL ? o->rows[r] : r];
}

static void
table_fill(struct table *t, const struct bp_doc *d, const struct bp_opts *o)
{
	const struct bp_value	*v;
	const char		*e;
	size_t			 r, c, len, nfeatures;

	nfeatures = o->rows != NULL ? o->nrows : d->nfeatures;
	/* No feature with an edge: no column that would stay empty. */
	for (r = 0; r < nfeatures; r++)
		if (feature_at(d, o, r)->edge.s != NULL)
			t->edges = 1;
	t->ncols = d->nsubjects + 1 + (size_t)t->edges;
	t->nrows = nfeatures + 1;
	t->cells = bp_calloc(t->ncols * t->nrows, sizeof(*t->cells));
	t->wins = bp_calloc(t->nrows, sizeof(*t->wins));
	t->width = bp_calloc(t->ncols, sizeof(*t->width));
	term_cell_init(cell(t, 0, 0), "Feature", 7);
	for (c = 0; c < d->nsubjects; c++)
		term_cell_init(cell(t, 0, c + 1), d->subjects[c].shortname.s,
		    d->subjects[c].shortname.len);
	if (t->edges)
		term_cell_init(cell(t, 0, t->ncols - 1), "Edge", 4);
	for (r = 0; r < nfeatures; r++) {
		const struct bp_feature *f = feature_at(d, o, r);

		term_cell_init(cell(t, r + 1, 0), f->label.s, f->label.len);
		for (c = 0; c < d->nsubjects; c++) {
			v = bp_value_for(f, d->subjects[c].id.s);
			term_cell_init(cell(t, r + 1, c + 1),
			    v ? v->text.s : "", v ? v->text.len : 0);
		}
		if (t->edges) {
			e = edge_text(d, f, &len);
			term_cell_init(cell(t, r + 1, t->ncols - 1), e, len);
			t->wins[r + 1] = f->edge.s != NULL &&
			    strcmp(f->edge.s, "tie") != 0;
		}
	}
}

static void
table_free(struct table *t)
{
	size_t	 i;

	for (i = 0; i < t->ncols * t->nrows; i++)
		term_cell_free(&t->cells[i]);
	free(t->cells);
	free(t->wins);
	free(t->width);
}

enum fit {
	FIT_NONE,	/* the borders alone overflow the width */
	FIT_CRAMPED,	/* fits, but some value column is narrower than it should be */
	FIT_GOOD
};

/* Decides column widths for the room there is, and says how well they fit. */
static enum fit
table_fit(struct table *t, size_t width)
{
	size_t		*nat, *total, c, r, avail, over, room, sum, given;
	size_t		 label, edge, word, nvals;
	enum fit	 ok = FIT_GOOD;

	nat = bp_calloc(t->ncols, sizeof(*nat));
	total = bp_calloc(t->ncols, sizeof(*total));
	for (c = 0; c < t->ncols; c++)
		for (r = 0; r < t->nrows; r++) {
			if (cell(t, r, c)->width > nat[c])
				nat[c] = cell(t, r, c)->width;
			total[c] += cell(t, r, c)->width;
		}
	for (c = 0; c < t->ncols; c++)
		if (nat[c] == 0)
			nat[c] = 1;

	/* "│ " before every column, " │" after the last: 3 per column + 1. */
	over = 3 * t->ncols + 1;
	avail = width > over ? width - over : 0;
	sum = 0;
	for (c = 0; c < t->ncols; c++)
		sum += nat[c];
	if (sum <= avail) {
		memcpy(t->width, nat, t->ncols * sizeof(*nat));
		goto out;
	}

	/* The edge column keeps its (short) natural width. */
	edge = t->edges ? nat[t->ncols - 1] : 0;
	nvals = t->ncols - 1 - (size_t)t->edges;
	/* The feature column gets a quarter of the room, or its longest word. */
	word = 0;
	for (r = 0; r < t->nrows; r++) {
		size_t w = bp_text_longest_word(cell(t, r, 0)->text.data,
		    cell(t, r, 0)->text.len);
		if (w > word)
			word = w;
	}
	label = avail / 4;
	if (label < word)
		label = word < avail / 3 ? word : avail / 3;
	if (label < MIN_LABEL_COL)
		label = MIN_LABEL_COL;
	if (label > nat[0])
		label = nat[0];
	t->width[0] = label;
	if (t->edges)
		t->width[t->ncols - 1] = edge;
	room = avail > label + edge ? avail - label - edge : 0;

	/* Value columns share the rest in proportion to how much text they hold. */
	sum = 0;
	for (c = 1; c <= nvals; c++)
		sum += total[c];
	given = 0;
	for (c = 1; c <= nvals; c++) {
		t->width[c] = sum ? room * total[c] / sum : 0;
		if (t->width[c] > nat[c])
			t->width[c] = nat[c];
		given += t->width[c];
	}
	/* Hand out what rounding left over, left to right, where it helps. */
	for (c = 1; given < room && c <= nvals; c++) {
		if (t->width[c] < nat[c]) {
			t->width[c]++;
			given++;
			c--;
		}
	}
	for (c = 1; c <= nvals; c++) {
		if (t->width[c] == 0)
			t->width[c] = 1;
		if (t->width[c] < MIN_VALUE_COL && t->width[c] < nat[c])
			ok = FIT_CRAMPED;
	}
	/* Borders and gutters alone may not fit a very narrow screen. */
	sum = over;
	for (c = 0; c < t->ncols; c++)
		sum += t->width[c];
	if (sum > width)
		ok = FIT_NONE;
out:
	free(nat);
	free(total);
	return ok;
}

static void
rule(struct bp_buf *out, const struct table *t, const struct bp_opts *o,
    enum border b)
{
	const char *const	*p = o->ascii ? rules_ascii[b] : rules_utf8[b];
	size_t			 c;

	bp_buf_puts(out, p[0]);
	for (c = 0; c < t->ncols; c++) {
		bp_buf_repeat(out, p[3], t->width[c] + 2);
		bp_buf_puts(out, c + 1 < t->ncols ? p[1] : p[2]);
	}
	bp_buf_putc(out, '\n');
}

static void
row(struct bp_buf *out, struct table *t, const struct bp_opts *o, size_t r)
{
	struct bp_line	**lines;
	size_t		 *n, c, i, most = 0;
	const char	 *bar = o->ascii ? "|" : "│";

	lines = bp_calloc(t->ncols, sizeof(*lines));
	n = bp_calloc(t->ncols, sizeof(*n));
	for (c = 0; c < t->ncols; c++) {
		struct term_cell *x = cell(t, r, c);

		n[c] = bp_text_wrap(x->text.data, x->text.len, t->width[c],
		    &lines[c]);
		if (n[c] > most)
			most = n[c];
	}
	for (i = 0; i < most; i++) {
		for (c = 0; c < t->ncols; c++) {
			enum term_style st = r == 0 ? TS_HEADING :
			    t->wins[r] && c + 1 == t->ncols ? TS_EDGE : TS_NONE;

			bp_buf_puts(out, bar);
			bp_buf_putc(out, ' ');
			if (i < n[c]) {
				term_styled(out, o, st,
				    cell(t, r, c)->text.data + lines[c][i].off,
				    lines[c][i].len);
				bp_buf_repeat(out, " ",
				    t->width[c] - lines[c][i].width + 1);
			} else
				bp_buf_repeat(out, " ", t->width[c] + 1);
		}
		bp_buf_puts(out, bar);
		bp_buf_putc(out, '\n');
	}
	for (c = 0; c < t->ncols; c++)
		free(lines[c]);
	free(lines);
	free(n);
}

static void
draw_table(struct bp_buf *out, struct table *t, const struct bp_opts *o)
{
	size_t	 r;

	rule(out, t, o, B_TOP);
	for (r = 0; r < t->nrows; r++) {
		if (r > 0)
			rule(out, t, o, B_MID);
		row(out, t, o, r);
	}
	rule(out, t, o, B_BOTTOM);
}

/* Each feature as a block: its label, then one line group per subject, then the edge. */
static void
draw_stacked(struct bp_buf *out, struct table *t, const struct bp_opts *o)
{
	struct term_item	*items;
	size_t			 r, c, n;

	items = bp_calloc(t->ncols - 1, sizeof(*items));
	for (r = 1; r < t->nrows; r++) {
		if (r > 1)
			bp_buf_putc(out, '\n');
		term_heading(out, o, cell(t, r, 0)->text.data,
		    cell(t, r, 0)->text.len);
		for (n = 0, c = 1; c < t->ncols; c++) {
			/* A feature with no edge says nothing about it. */
			if (t->edges && c + 1 == t->ncols &&
			    cell(t, r, c)->text.len == 0)
				continue;
			items[n].key = cell(t, 0, c)->text.data;
			items[n].text = cell(t, r, c)->text.data;
			items[n].len = cell(t, r, c)->text.len;
			items[n].text_style = t->edges && c + 1 == t->ncols &&
			    t->wins[r] ? TS_EDGE : TS_NONE;
			n++;
		}
		term_keyed_list(out, o, 2, items, n);
	}
	free(items);
}

void
bp_term_compare(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	struct table	 t;
	enum fit	 fit;

	memset(&t, 0, sizeof(t));
	term_heading(out, o, d->title.s, d->title.len);
	term_updated(out, o, d);
	bp_buf_putc(out, '\n');
	table_fill(&t, d, o);
	fit = table_fit(&t, o->width);
	/* Even a forced table gives way when its borders cannot fit. */
	if ((o->layout == BP_LAYOUT_TABLE && fit != FIT_NONE) ||
	    (o->layout == BP_LAYOUT_AUTO && fit == FIT_GOOD))
		draw_table(out, &t, o);
	else
		draw_stacked(out, &t, o);
	table_free(&t);
}
