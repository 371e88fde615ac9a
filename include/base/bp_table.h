/* Column widths for a table of wrapped text: the fewest lines that fit. */
#ifndef BP_TABLE_H
#define BP_TABLE_H

#include <stddef.h>

/* A cell's text, measured where it lies. */
struct bp_cell {
	const char	*s;
	size_t		 len;
};

struct bp_fit_col;

/*
 * Column widths that split words in the fewest cells (none while every
 * word fits whole), then make the table shortest: the fewest lines over
 * all rows, a row as tall as its tallest cell.  They are chosen in passes
 * over the rows, so a table of any size is never held whole (base/table.c
 * says how):
 *   bp_fit_init();
 *   bp_fit_row() for every row, in order: each column's widest cell and
 *   widest word;
 *   bp_fit_plan() with each column's floor and the room (the columns'
 *   widths summed, borders apart);
 *   bp_fit_sample() for each row that bp_fit_sampled() names, in order:
 *   its cells' heights at each width;
 *   bp_fit_widths(), then bp_fit_free().
 * Cells are wrapped as bp_wrap wraps them (flags 0).
 */
struct bp_fit {
	size_t			 ncols;
	size_t			 nrows;		/* heading included */
	size_t			*nat;		/* per column: widest cell, at least 1 */
	size_t			*word;		/* per column: widest word */
	size_t			*total;		/* per column: all its text's width */
	size_t			*lo;		/* per column: the widths searched */
	size_t			*hi;
	size_t			 room;
	int			 whole;		/* every word fits whole */
	size_t			 step;		/* every step-th row sampled; 0: none */
	size_t			 ns;		/* rows sampled so far */
	int			 full;		/* the sample's budget is spent */
	size_t			 work;		/* words laid out, all widths */
	size_t			 nsteps;	/* heights kept, all columns */
	struct bp_fit_col	*col;
};

void	bp_fit_init(struct bp_fit *, size_t ncols, size_t nrows);
void	bp_fit_row(struct bp_fit *, const struct bp_cell *cells);
/*
 * Sets each column's least width: its widest word, or floors[c] if more,
 * when all of those fit in room; else floors[c] alone (NULL: 1).  Never
 * more than its widest cell.
 */
void	bp_fit_plan(struct bp_fit *, const size_t *floors, size_t room);
int	bp_fit_sampled(const struct bp_fit *, size_t row);
void	bp_fit_sample(struct bp_fit *, const struct bp_cell *cells);
/*
 * Fills widths[ncols], each between its least and its widest cell, and
 * returns their sum: at most room unless the floors are more.  The
 * caller owns widths; bp_fit_free() frees what the fit holds.
 */
size_t	bp_fit_widths(struct bp_fit *, size_t *widths);
void	bp_fit_free(struct bp_fit *);

/*
 * The same for a table held whole: cells[nrows * ncols], row by row.
 * Returns the widths' sum.
 */
size_t	bp_table_widths(const struct bp_cell *cells, size_t nrows,
	    size_t ncols, const size_t *floors, size_t room, size_t *widths);
/*
 * The table's height at those widths: over every row, the lines of its
 * tallest cell, each wrapped by bp_wrap as a table draws it.
 */
size_t	bp_table_height(const struct bp_cell *cells, size_t nrows,
	    size_t ncols, const size_t *widths);

#endif
