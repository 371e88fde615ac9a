/*
 * Wrapping: text broken into lines of a width at word boundaries, a
 * piece at a time, URLs and options kept whole.  Text measured for a
 * table's column widths is measure.c's, paragraphs are split in
 * paragraphs.c, and URLs found in url.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "base/bp_wrapper.h"


/* A grapheme cluster longer than this (in bytes) is no real one. */
#define MAX_CLUSTER	256

/*
 * The end of the grapheme cluster that starts at e[i], never inside a
 * UTF-8 sequence.  An escape is one unit (unit[] marks its bytes after
 * the first).  libunistring 1.0 breaks after a zero-width joiner: emoji
 * ZWJ sequences (rule GB11) are joined here.  A "cluster" longer than
 * MAX_CLUSTER bytes (marks without end) ends there, at a character.
 */
size_t
bp_wrap_cluster_end(const struct bp_wrap *w, size_t i)
{
	const uint8_t	*u = (const uint8_t *)w->e, *end = u + w->elen, *q, *r;
	size_t		 j;
	ucs4_t		 c;

	if (w->asis == 0 && w->unit[i])
		return i + 1;	/* inside an escape split to fit a line */
	if (w->asis == 0 && i + 1 < w->elen && w->unit[i + 1]) {
		for (j = i + 1; j < w->elen && w->unit[j]; j++)
			;
		return j;
	}
	if (u[i] < 0x80 && (i + 1 == w->elen || u[i + 1] < 0x80))
		return i + 1;
	q = u8_grapheme_next(u + i, end);
	if (q == NULL || q <= u + i)
		return i + 1;
	/* GB11: a pictograph, marks, ZWJ, then a pictograph, stay one. */
	if (u8_mbtouc(&c, u + i, (size_t)(end - (u + i))) > 0 &&
	    c >= 0x80 && uc_is_property_emoji(c))
		while (q < end && q - (u + i) >= 3 && q[-3] == 0xe2 &&
		    q[-2] == 0x80 && q[-1] == 0x8d &&
		    u8_mbtouc(&c, q, (size_t)(end - q)) > 0 && c >= 0x80 &&
		    uc_is_property_emoji(c) &&
		    (r = u8_grapheme_next(q, end)) != NULL && r > q)
			q = r;
	j = (size_t)(q - u);
	if (j - i > MAX_CLUSTER) {
		j = i + MAX_CLUSTER;
		while (j > i + 1 && (u[j] & 0xc0) == 0x80)
			j--;
		/* A VS16 stays with its character, as everywhere. */
		while (j + 3 <= w->elen &&
		    memcmp(u + j, LIT("\xef\xb8\x8f")) == 0)
			j += 3;
	}
	return j;
}

/* Room in brk[] for n bytes of text. */
void
bp_wrap_grow(struct bp_wrap *w, size_t n)
{
	if (n <= w->cap)
		return;
	w->cap = n;
	w->brk = bp_realloc(w->brk, n);
}

/* Width of e[a..b): the measure bp_text_width() uses. */
size_t
bp_wrap_span_width(const char *e, size_t a, size_t b)
{
	return bp_text_width(e + a, b - a);
}

/*
 * UAX #14 allows a break after any hyphen.  After a leading one, as in
 * "--rows" or "-w", a break would split an option a reader must type:
 * only hyphens inside words ("process-driven") stay break points.
 */
void
bp_wrap_keep_options(const char *s, size_t len, char *brk)
{
	const char	*p;
	size_t		 i;

	for (p = memchr(s, '-', len); p != NULL;
	    p = memchr(s + i, '-', len - i)) {
		i = (size_t)(p - s) + 1;
		if (i < len && brk[i] == UC_BREAK_POSSIBLE &&
		    (i == 1 || s[i - 2] == '-' || s[i - 2] == ' '))
			brk[i] = UC_BREAK_PROHIBITED;
	}
}

/*
 * Inside a URL no break is allowed: a URL cut across lines cannot be
 * copied or opened.  Its bytes are marked BRK_URL (no break before
 * them), so that the wrapper also knows to let a URL wider than the line
 * overflow it rather than split it: the one exception to the width.
 */
#define BRK_URL		'U'

static void
keep_urls_whole(const char *s, size_t len, char *brk)
{
	const char	*p;
	size_t		 from = 0, i, k, u;

	/* A URL starts "http://" or "https://": found by its "://". */
	while (len - from >= 3 &&
	    (p = memchr(s + from, ':', len - from - 2)) != NULL) {
		k = (size_t)(p - s);
		if (p[1] != '/' || p[2] != '/') {
			from = k + 1;
			continue;
		}
		u = 0;
		if (k >= from + 5 && (u = bp_url_len_text(s, len, k - 5)) != 0)
			i = k - 5;
		else if (k >= from + 4 &&
		    (u = bp_url_len_text(s, len, k - 4)) != 0)
			i = k - 4;
		if (u == 0) {
			from = k + 1;
			continue;
		}
		for (k = i + 1; k < i + u; k++)
			brk[k] = BRK_URL;
		from = i + u;
	}
}

/*
 * A line of e[a..b) but its trailing spaces, width columns wide with
 * them (SIZE_MAX: to be measured).
 */
static void
emit_width(struct bp_wrap *w, size_t a, size_t b, size_t width)
{
	while (b > a && w->e[b - 1] == ' ') {
		b--;
		width--;
	}
	if (w->n == w->vcap) {
		w->vcap = w->vcap ? w->vcap * 2 : 16;
		w->v = bp_reallocarray(w->v, w->vcap, sizeof(*w->v));
	}
	w->v[w->n].p = w->e + a;
	w->v[w->n].len = b - a;
	w->v[w->n].width = width < SIZE_MAX / 2 ? width :
	    bp_wrap_span_width(w->e, a, b);
	w->v[w->n].off = 0;
	w->v[w->n].cut = 0;
	w->n++;
}

static void
emit(struct bp_wrap *w, size_t a, size_t b)
{
	emit_width(w, a, b, SIZE_MAX);
}

/*
 * The longest start of the cluster e[i..j) that fits in room columns
 * (at least one character), for a cluster wider than the line.
 */
static size_t
cluster_cut(const struct bp_wrap *w, size_t i, size_t j, size_t room)
{
	const uint8_t	*u = (const uint8_t *)w->e;
	size_t		 k, next, best;
	ucs4_t		 c;
	int		 n;

	/* The first character goes in whatever its width. */
	n = u8_mbtouc(&c, u + i, j - i);
	best = i + (size_t)(n > 0 ? n : 1);
	for (k = best; k < j; k = next) {
		n = u8_mbtouc(&c, u + k, j - k);
		next = k + (size_t)(n > 0 ? n : 1);
		if (bp_wrap_span_width(w->e, i, next) > room)
			break;
		best = next;
	}
	return best;
}

/*
 * Whether e[0..elen) is printable ASCII and line breaks, with no escape:
 * then every byte but a line break is a cluster one column wide.
 */
int
bp_wrap_plain_piece(const struct bp_wrap *w)
{
	size_t	 i = 0;

	if (w->known != 0)
		return w->known == 2;
	if (w->asis == 0 && memchr(w->unit, 1, w->elen) != NULL)
		return 0;
	while ((i += bp_ascii_run(w->e + i, w->elen - i)) < w->elen)
		if (w->e[i++] != '\n')
			return 0;
	return 1;
}

/*
 * Where e[0..elen) may break (brk[]): UAX #14, but never inside an option
 * or an escape.  Drawing, measuring and the widest word read the same.
 * plain: what bp_wrap_plain_piece() says, known already (bp_wrap_lay_out() reads it).
 */
void
bp_wrap_piece_breaks(struct bp_wrap *w, int plain)
{
	size_t	 i;

	bp_wrap_grow(w, w->elen);
	bp_text_breaks(w->e, w->elen, w->brk);
	bp_wrap_keep_options(w->e, w->elen, w->brk);
	if (w->asis == 0)
		for (i = 0; i < w->elen; i++)
			if (w->unit[i])
				w->brk[i] = UC_BREAK_PROHIBITED;
	if (!(w->flags & BP_WRAP_BREAK_URLS))
		keep_urls_whole(w->e, w->elen, w->brk);
	w->plain = plain;
}

/*
 * brk[k] (k > 0), worked out if it was left to be (BP_BRK_LAZY): what
 * bp_text_breaks() and bp_wrap_keep_options() make of an ASCII character,
 * from the last character before it not a space and whether spaces come
 * between (last_break()'s way, for one).
 */
static inline char
break_at(const struct bp_wrap *w, size_t k)
{
	const unsigned char	*u = (const unsigned char *)w->e;
	size_t			 j = k, prev;
	char			 b = w->brk[k];

	if (b != BP_BRK_LAZY)
		return b;
	while (j > 0 && u[j - 1] == ' ')
		j--;
	prev = j > 0 ? bp_ascii_break_class[u[j - 1]] : 0;
	b = bp_ascii_breaks[(prev * 2 + (j < k)) * bp_ascii_nbreak_classes +
	    bp_ascii_break_class[u[k]]];
	if (b == UC_BREAK_POSSIBLE && u[k - 1] == '-' &&
	    (k == 1 || u[k - 2] == '-' || u[k - 2] == ' '))
		b = UC_BREAK_PROHIBITED;
	return b;
}

/*
 * The last break opportunity in e[start + 1..i] (start: none), looked for
 * from i back.  In a plain piece a break not yet worked out (BP_BRK_LAZY) is
 * what bp_text_breaks() and bp_wrap_keep_options() would make of it: the
 * ASCII table's entry for the character, the last one before it not a
 * space and whether spaces come between, and no break after a leading
 * hyphen.  j only moves back, so a run of spaces is crossed once.
 */
static size_t
last_break(const struct bp_wrap *w, size_t start, size_t i)
{
	const unsigned char	*u = (const unsigned char *)w->e;
	size_t			 k, j = i, prev;
	char			 b;

	for (k = i; k > start; k--) {
		if ((b = w->brk[k]) == BP_BRK_LAZY) {
			if (j > k)
				j = k;
			while (j > 0 && u[j - 1] == ' ')
				j--;
			prev = j > 0 ? bp_ascii_break_class[u[j - 1]] : 0;
			b = bp_ascii_breaks[(prev * 2 + (j < k)) *
			    bp_ascii_nbreak_classes + bp_ascii_break_class[u[k]]];
			if (b == UC_BREAK_POSSIBLE && u[k - 1] == '-' &&
			    (k == 1 || u[k - 2] == '-' || u[k - 2] == ' '))
				b = UC_BREAK_PROHIBITED;
		}
		if (b == UC_BREAK_POSSIBLE)
			return k;
	}
	return start;
}

/*
 * bp_wrap_lay_out() for a plain piece, a line at a time rather than a byte: as
 * every byte is a column, the first that cannot fit is found by
 * arithmetic, and the break before it by looking back from there.  A
 * line ends where bp_wrap_lay_out()'s would: with no break opportunity between
 * the last one taken and the byte that did not fit, bp_wrap_lay_out() going on
 * from that byte and this one starting again from the break see the
 * same.  Returns 0, having laid out nothing for sure, at a URL wider than
 * the line, which bp_wrap_lay_out()'s own loop places.
 */
static int
lay_out_plain(struct bp_wrap *w, size_t width, size_t *need)
{
	const char	*e = w->e, *p;
	size_t		 len = w->elen, start = 0, lim, i, k;

	while (start < len) {
		lim = len - start > width ? start + width : len;
		/* A line break within the width ends the line. */
		if ((p = memchr(e + start, '\n', lim - start)) != NULL) {
			k = (size_t)(p - e);
			emit_width(w, start, k, k - start);
			start = k + 1;
			continue;
		}
		/* Spaces may hang past the edge. */
		for (i = lim; i < len && e[i] == ' '; i++)
			;
		if (i == len) {
			emit_width(w, start, len, len - start);
			/* A last line of nothing but spaces says nothing. */
			if (w->v[w->n - 1].len == 0)
				w->n--;
			return 1;
		}
		if (e[i] == '\n') {
			emit_width(w, start, i, i - start);
			start = i + 1;
			continue;
		}
		/* e[i] does not fit: a line one wider would take it. */
		if (i - start + 1 < *need)
			*need = i - start + 1;
		k = last_break(w, start, i);
		if (k == start && w->brk[i] == BRK_URL)
			return 0;
		/* At the last break, else inside a word longer than the line. */
		if (k == start)
			k = i;
		emit_width(w, start, k, k - start);
		start = k;
	}
	return 1;
}

/*
 * Where bp_wrap_lay_out()'s loop, at e[i] with a line cw wide that started at
 * start, first has more to do than take an ASCII character alone (one
 * column) that fits or a space: it is crossed at once.  *last and *lastw
 * are set as the loop sets them, to the last break opportunity crossed
 * (looked for from the end back).  Only in text shown as it is: there no
 * escape joins bytes.
 */
static size_t
ascii_fits(const struct bp_wrap *w, size_t i, size_t start, size_t width,
    size_t cw, size_t *last, size_t *lastw)
{
	const uint8_t	*u = (const uint8_t *)w->e;
	size_t		 r, k, cap, len = w->elen;

	if (!w->asis)
		return i;
	cap = cw < width ? width - cw : 0;
	r = i + bp_ascii_run(w->e + i, len - i < cap ? len - i : cap);
	/* Spaces may hang past the edge. */
	if (r == i + cap)
		while (r < len && u[r] == ' ')
			r++;
	/* Before a byte not ASCII, a character may not be alone. */
	if (r > i && r < len && u[r] >= 0x80)
		r--;
	for (k = r; k > i && k - 1 > start; k--)
		if (break_at(w, k - 1) == UC_BREAK_POSSIBLE) {
			*last = k - 1;
			*lastw = cw + (k - 1 - i);
			break;
		}
	return r;
}

/*
 * Lays e[0..elen) out in lines of width columns, the greedy way: as much
 * on each as fits, broken at the last opportunity (brk[]).  Sets v[] and
 * n.  With next: *next is the least width above this one at which the
 * lines may differ (SIZE_MAX: at none), for bp_measure_lines(): at any
 * width below it each line ends where it ends here.
 */
void
bp_wrap_lay_out(struct bp_wrap *w, size_t width, size_t *next)
{
	const char	*e = w->e;
	size_t		 len = w->elen, i, j, k, start, cw, cwidth, last;
	size_t		 need = SIZE_MAX, ustart = SIZE_MAX, lastw = 0;

	w->n = 0;
	w->i = 0;
	if (w->plain && lay_out_plain(w, width, &need)) {
		if (next != NULL)
			*next = need;
		return;
	}
	w->n = 0;
	need = SIZE_MAX;
	start = 0;
	cw = 0;
	last = 0;	/* the last break opportunity after start; 0: none */
	i = 0;
	/* cw: the width of e[start..i); lastw: of e[start..last). */
	while (i < len) {
		if (e[i] == '\n') {
			emit_width(w, start, i, cw);
			start = ++i;
			cw = 0;
			last = 0;
			continue;
		}
		if ((k = ascii_fits(w, i, start, width, cw, &last, &lastw)) >
		    i) {
			cw += k - i;
			i = k;
			continue;
		}
		if (i > start && break_at(w, i) == UC_BREAK_POSSIBLE) {
			last = i;
			lastw = cw;
		}
		/*
		 * Most text is ASCII: a character alone, one column, as
		 * bp_wrap_cluster_end() and bp_wrap_span_width() would find at more cost.
		 */
		if (bp_wrap_ascii_alone(w, i)) {
			j = i + 1;
			cwidth = 1;
		} else {
			j = bp_wrap_cluster_end(w, i);
			cwidth = bp_wrap_span_width(e, i, j);
		}
		/* A space alone may hang past the edge: it is trimmed. */
		if (e[i] == ' ' && j == i + 1) {
			cw++;
			i = j;
			continue;
		}
		if (cw + cwidth <= width) {
			cw += cwidth;
			i = j;
			continue;
		}
		/* A line this much wider would take the cluster. */
		if (cw + cwidth < need)
			need = cw + cwidth;
		if (last > start) {
			emit_width(w, start, last, lastw);
			start = last;
			cw -= lastw;
		} else if (w->brk[i] == BRK_URL) {
			/*
			 * A URL wider than the line stands whole on its own:
			 * what is glued before it goes on the line above.  Its
			 * start is looked for once per line, not per byte.
			 */
			if (start != ustart) {
				for (k = i; k > start && w->brk[k] == BRK_URL;
				    k--)
					;
				if (k > start) {
					emit(w, start, k);
					start = k;
					last = 0;
					cw = bp_wrap_span_width(e, start, i);
				}
				ustart = start;
			}
			cw += cwidth;
			i = j;
			continue;
		} else if (i > start) {
			/* One word longer than the line: split it here. */
			emit_width(w, start, i, cw);
			start = i;
			cw = 0;
		} else {
			/* A cluster wider than the line: split it too. */
			j = cluster_cut(w, i, j, width);
			emit(w, start, j);
			start = i = j;
			need = width + 1;
			cw = 0;
		}
		last = 0;
	}
	if (start < len) {
		emit_width(w, start, len, cw);
		/* A last line of nothing but spaces says nothing. */
		if (w->v[w->n - 1].len == 0 && w->n > 1)
			w->n--;
		else if (w->v[w->n - 1].len == 0 && w->n == 1)
			w->n = 0;
	}
	if (next != NULL)
		*next = need;
}

/* Breaks e[0..elen) into lines of the wrap's width. */
void
bp_wrap_piece(struct bp_wrap *w)
{
	size_t	 width, need = SIZE_MAX;

	w->n = 0;
	w->i = 0;
	if (w->elen == 0)
		return;
	/*
	 * One line that fits needs no break opportunities worked out.  More
	 * printable ASCII at the start than the width holds (a column each,
	 * and nothing after takes one back) cannot: not measured whole.
	 */
	if (memchr(w->e, '\n', w->elen) == NULL &&
	    bp_ascii_run(w->e, w->elen > w->width ? w->width + 1 : w->elen) <=
	    w->width &&
	    (width = bp_wrap_span_width(w->e, 0, w->elen)) <= w->width) {
		emit_width(w, 0, w->elen, width);
		if (w->v[0].len == 0)
			w->n = 0;
		return;
	}
	/*
	 * A plain piece needs the break opportunities only where a line
	 * ends: they are worked out there (last_break()), but for URLs,
	 * marked first.
	 */
	if ((w->plain = bp_wrap_plain_piece(w)) != 0) {
		bp_wrap_grow(w, w->elen);
		memset(w->brk, BP_BRK_LAZY, w->elen);
		if (!(w->flags & BP_WRAP_BREAK_URLS))
			keep_urls_whole(w->e, w->elen, w->brk);
		if (lay_out_plain(w, w->width, &need))
			return;
		w->n = 0;
		bp_wrap_piece_breaks(w, 1);
	} else if (w->asis) {
		/*
		 * Text shown as it is, not all ASCII: libunistring's breaks,
		 * around what is not, worked out now; the table's where
		 * bp_wrap_lay_out() looks (break_at()).
		 */
		bp_wrap_grow(w, w->elen);
		memset(w->brk, BP_BRK_LAZY, w->elen);
		bp_text_breaks_rest(w->e, w->elen, w->brk);
		bp_wrap_keep_options(w->e, w->elen, w->brk);
		if (!(w->flags & BP_WRAP_BREAK_URLS))
			keep_urls_whole(w->e, w->elen, w->brk);
	} else
		bp_wrap_piece_breaks(w, 0);
	bp_wrap_lay_out(w, w->width, NULL);
}

void
bp_wrap_init(struct bp_wrap *w, const char *s, size_t len, size_t width,
    int flags)
{
	memset(w, 0, sizeof(*w));
	w->s = s;
	w->len = len;
	w->width = width < 1 ? 1 : width;
	w->flags = flags;
}

void
bp_wrap_free(struct bp_wrap *w)
{
	bp_buf_free(&w->esc);
	free(w->unit);
	free(w->brk);
	free(w->v);
	memset(w, 0, sizeof(*w));
}

/*
 * Whether the raw byte at p, the next of a piece read in order, is a
 * space that goes with the line break before it: joined, "one\n  two" is
 * "one two", as the continued lines of a list item are indented.
 * *after_nl: only spaces since a line break (0 at the piece's start).
 */
static int
joined_space(const struct bp_wrap *w, const uint8_t *p, int *after_nl)
{
	if (!(w->flags & BP_WRAP_JOIN))
		return 0;
	if (*p == ' ')
		return *after_nl;
	*after_nl = *p == '\n';
	return 0;
}

/*
 * Makes raw s[a..b) the current piece: safe text in esc, with unit[]
 * marking the bytes that continue an escape.
 */
static void
make_piece(struct bp_wrap *w, size_t a, size_t b)
{
	const uint8_t	*p, *end = (const uint8_t *)w->s + b;
	char		 esc[12];
	size_t		 n, k, at;
	uint32_t	 c;
	int		 nl = 0;

	w->esc.len = 0;
	for (p = (const uint8_t *)w->s + a; p < end; p += n) {
		k = bp_char_shown(p, end, 0, esc, &n, &c);
		if (joined_space(w, p, &nl))
			continue;
		if (k == 0 && c == '\n' && (w->flags & BP_WRAP_JOIN))
			bp_buf_putc(&w->esc, ' ');
		else if (k == 0)
			bp_buf_putn(&w->esc, (const char *)p, n);
		else
			bp_buf_putn(&w->esc, esc, k);
	}
	bp_buf_putn(&w->esc, LIT(""));
	w->e = w->esc.data;
	w->elen = w->esc.len;
	if (w->elen + 1 > w->ucap) {
		w->ucap = w->elen + 1;
		w->unit = bp_realloc(w->unit, w->ucap);
	}
	memset(w->unit, 0, w->elen + 1);
	for (p = (const uint8_t *)w->s + a, at = 0, nl = 0; p < end; p += n) {
		k = bp_char_shown(p, end, 0, esc, &n, &c);
		if (joined_space(w, p, &nl))
			continue;
		if (k > 1)
			memset(w->unit + at + 1, 1, k - 1);
		at += k != 0 ? k : n;
	}
}

/*
 * The raw offset (from a) of the character whose safe form starts at
 * byte off of the piece, or SIZE_MAX when off is inside an escape.
 */
static size_t
raw_offset(const struct bp_wrap *w, size_t a, size_t b, size_t off)
{
	const uint8_t	*p = (const uint8_t *)w->s + a, *end = (const uint8_t *)
			    w->s + b;
	char		 esc[12];
	size_t		 n, k, at = 0;
	uint32_t	 c;
	int		 nl = 0;

	while (p < end && at < off) {
		k = bp_char_shown(p, end, 0, esc, &n, &c);
		if (!joined_space(w, p, &nl))
			at += k != 0 ? k : n;
		p += n;
	}
	return at == off ? (size_t)(p - (const uint8_t *)w->s) : SIZE_MAX;
}

/* Whether raw s[a..b) is shown as it is: nothing to escape or join. */
static int
as_is(const struct bp_wrap *w, size_t a, size_t b, int *plain)
{
	const uint8_t	*p = (const uint8_t *)w->s + a, *end = (const uint8_t *)
			    w->s + b;
	char		 esc[12];
	size_t		 n;
	uint32_t	 c;

	*plain = 1;
	while (p < end) {
		if (*p >= 0x20 && *p < 0x7f) {
			p += bp_ascii_run((const char *)p, (size_t)(end - p));
			continue;
		}
		if (*p == '\n' && !(w->flags & BP_WRAP_JOIN)) {
			p++;
			continue;
		}
		*plain = 0;
		if (bp_char_shown(p, end, 0, esc, &n, &c) != 0 || c == '\n')
			return 0;
		p += n;
	}
	return 1;
}

/* Makes raw s[a..b) the current piece, where it lies when it is shown as is. */
void
bp_wrap_take_piece(struct bp_wrap *w, size_t a, size_t b)
{
	int	 plain = 0;

	w->asis = (w->flags & BP_WRAP_SAFE) || as_is(w, a, b, &plain);
	/* What bp_wrap_plain_piece() would find, found on the way. */
	w->known = w->asis && !(w->flags & BP_WRAP_SAFE) ? 1 + plain : 0;
	if (w->asis) {
		w->e = w->s + a;
		w->elen = b - a;
	} else
		make_piece(w, a, b);
}

/* Takes the next piece of text and breaks it into lines.  0 at the end. */
static int
fill(struct bp_wrap *w)
{
	size_t	 a = w->pos, b, room, next;

	if (a >= w->len)
		return 0;
	room = BP_WRAP_PIECE + 16 * w->width;
	b = w->len - a > room ? a + room : w->len;
	/* Never inside a UTF-8 sequence. */
	while (b > a + 1 && b < w->len &&
	    ((unsigned char)w->s[b] & 0xc0) == 0x80)
		b--;
	/* Text shown as it is (most) is wrapped where it lies. */
	bp_wrap_take_piece(w, a, b);
	bp_wrap_piece(w);
	next = b;
	/*
	 * The last line may go on past the piece: unless it is the only one
	 * (no progress otherwise), it is made again from the next piece.
	 * Kept, it is cut when a word goes on past the piece: a URL longer
	 * than a piece is.
	 */
	if (b < w->len && w->n > 0 && w->elen > 0 && w->e[w->elen - 1] != '\n') {
		struct bp_line	*last = &w->v[w->n - 1];
		size_t		 off = (size_t)(last->p - w->e);

		if (w->n > 1)
			next = w->asis ? a + off : raw_offset(w, a, b, off);
		if (w->n > 1 && next != SIZE_MAX)
			w->n--;
		else {
			next = b;
			last->cut = last->p + last->len == w->e + w->elen &&
			    w->s[b] != ' ' && w->s[b] != '\n';
		}
	}
	if (w->flags & BP_WRAP_SAFE) {
		size_t	 k;

		for (k = 0; k < w->n; k++)
			w->v[k].off = (size_t)(w->v[k].p - w->s);
	}
	w->pos = next;
	return 1;
}

int
bp_wrap_next(struct bp_wrap *w, struct bp_line *line)
{
	while (w->i >= w->n)
		if (!fill(w))
			return 0;
	*line = w->v[w->i++];
	return 1;
}
