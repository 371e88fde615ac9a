/*
 * The wrapper's workings, shared by its two files: base/wrap.c (text
 * broken into lines, a piece at a time) and base/measure.c (text
 * measured at many widths).  Not for others: what base offers is
 * bp_text.h's bp_wrap_*() and bp_measure_*().
 */
#ifndef BP_WRAPPER_H
#define BP_WRAPPER_H

#include <stddef.h>
#include <stdint.h>

#include "base/bp_text.h"

/*
 * Raw text wrapped a piece at a time: memory stays bounded.  Text no
 * longer is one piece at any width, which bp_measure relies on.
 */
#define BP_WRAP_PIECE	BP_MEASURE_MAX
/* A break opportunity not worked out yet (see break_before() in wrap.c). */
#define BP_BRK_LAZY	'?'

/*
 * Whether e[i] is a printable ASCII character that is a cluster of its
 * own (what follows starts no escape and joins nothing to it): then it
 * ends at i + 1 and takes one column.
 */
static inline int
bp_wrap_ascii_alone(const struct bp_wrap *w, size_t i)
{
	const uint8_t	*u = (const uint8_t *)w->e;

	return u[i] >= 0x20 && u[i] < 0x7f && (i + 1 == w->elen ||
	    (u[i + 1] < 0x80 && (w->asis || !w->unit[i + 1])));
}

/* The end of the grapheme cluster that starts at w->e[i]. */
size_t	bp_wrap_cluster_end(const struct bp_wrap *, size_t i);
/* Room in brk[] for n bytes of text. */
void	bp_wrap_grow(struct bp_wrap *, size_t n);
/* Width of e[a..b): the measure bp_text_width() uses. */
size_t	bp_wrap_span_width(const char *e, size_t a, size_t b);
/* No break after a leading hyphen: "--rows" and "-w" stay whole. */
void	bp_wrap_keep_options(const char *s, size_t len, char *brk);
/* Whether the piece is printable ASCII and line breaks, with no escape. */
int	bp_wrap_plain_piece(const struct bp_wrap *);
/* Where the piece may break (brk[]); plain: what bp_wrap_plain_piece() says. */
void	bp_wrap_piece_breaks(struct bp_wrap *, int plain);
/* The piece laid out in lines of width (v[], n); *next: see wrap.c. */
void	bp_wrap_lay_out(struct bp_wrap *, size_t width, size_t *next);
/* The piece broken into lines of the wrap's width. */
void	bp_wrap_piece(struct bp_wrap *);
/* Raw s[a..b) made the current piece. */
void	bp_wrap_take_piece(struct bp_wrap *, size_t a, size_t b);

#endif
