/*
 * Text measured for a table's column widths: its widest word, and the
 * lines it takes at a width, worked out a word at a time where the
 * wrapper's rules allow (bp_measure in bp_text.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unilbrk.h>

#include "base/bp_alloc.h"
#include "base/bp_text.h"
#include "base/bp_wrapper.h"

/*
 * A word of a piece as the wrapper sees it: the clusters from one break
 * opportunity to the next (a line break is one of its own).  At a width
 * no narrower than any word's content, bp_wrap_lay_out() breaks only between
 * words, and a layout can be worked out a word at a time.
 */
struct bp_seg {
	size_t		 content;	/* width up to its last cluster not a space */
	size_t		 total;		/* with the spaces after it */
	unsigned char	 nl;		/* a line break, not a word */
	unsigned char	 blank;		/* nothing but spaces: no line of its own */
};

/*
 * Reads the word at e[*i] (a cluster start) into *sg and moves *i past
 * it; 0 at the end.  Clusters and widths as bp_wrap_lay_out() takes them.
 */
static int
seg_next(const struct bp_wrap *w, size_t *i, struct bp_seg *sg)
{
	size_t	 k = *i, j;

	if (k >= w->elen)
		return 0;
	memset(sg, 0, sizeof(*sg));
	sg->blank = 1;
	if (w->e[k] == '\n') {
		sg->nl = 1;
		*i = k + 1;
		return 1;
	}
	do {
		/* Most text is ASCII: a character alone, one column. */
		if (bp_wrap_ascii_alone(w, k)) {
			j = k + 1;
			sg->total++;
		} else {
			j = bp_wrap_cluster_end(w, k);
			sg->total += bp_wrap_span_width(w->e, k, j);
		}
		/* A space alone hangs past the edge; anything else must fit. */
		if (w->e[k] != ' ' || j != k + 1) {
			sg->content = sg->total;
			sg->blank = 0;
		}
		k = j;
	} while (k < w->elen && w->e[k] != '\n' &&
	    w->brk[k] != UC_BREAK_POSSIBLE);
	*i = k;
	return 1;
}

/*
 * The widest word of s when UAX #14 breaks it only after its runs of
 * spaces, so that a word is a run of other bytes: ASCII words of letters
 * and digits, each maybe ended by , . ; : ! ? and then a space or the
 * end.  Letters and digits hold together (rules LB23, LB28), those marks
 * cling to what comes before them (LB13), and a space is a break before a
 * letter or a digit (LB18), but at the start.  Most data is written so;
 * test_text.c holds this to the slow way.  SIZE_MAX: s is not so.
 */
static size_t
plain_longest_word(const char *s, size_t len)
{
	size_t		 i, run = 0, best = 0;
	int		 prev = ' ';	/* a space, 'a' letter or digit, '.' mark */
	unsigned char	 c;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c == ' ') {
			/* libunistring breaks after no space at the start. */
			if (i == 0)
				return SIZE_MAX;
			prev = ' ';
			run = 0;
			continue;
		}
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9')) {
			if (prev == '.')
				return SIZE_MAX;
			prev = 'a';
		} else if (c != '\0' && strchr(",.;:!?", c) != NULL) {
			if (prev == ' ')
				return SIZE_MAX;
			prev = '.';
		} else
			return SIZE_MAX;
		if (++run > best)
			best = run;
	}
	return best;
}

/*
 * Whether s[0..len) is printable ASCII with no "://" (no URL), short
 * enough to be one piece: its words can be read in one pass.
 */
static int
ascii_words(const char *s, size_t len)
{
	const char	*p;

	if (len > BP_WRAP_PIECE || bp_ascii_run(s, len) != len)
		return 0;
	for (p = s; (p = memchr(p, ':', len - (size_t)(p - s))) != NULL; p++)
		if ((size_t)(p - s) + 3 <= len && p[1] == '/' && p[2] == '/')
			return 0;
	return 1;
}

/*
 * The words of s[0..len), which ascii_words() accepts, as bp_wrap_piece_breaks()
 * and seg_next() make them, in one pass with no brk[] kept: the break
 * before each byte is the ASCII table's (bp_text_breaks()), none after a
 * leading hyphen (bp_wrap_keep_options()), and each byte a column.  Each
 * word goes to m's list when m is not NULL.  Returns the widest.
 */
static size_t
ascii_segs(const char *s, size_t len, struct bp_measure *m)
{
	const unsigned char	*u = (const unsigned char *)s;
	const size_t		 n = bp_ascii_nbreak_classes;
	const char		*row = bp_ascii_breaks;
	struct bp_seg		 sg = { 0, 0, 0, 1 };
	size_t			 i, best = 0, cap = 0;
	unsigned		 cls, k = 0;

	for (i = 0; i < len; i++) {
		cls = bp_ascii_break_class[u[i]];
		if (i > 0 && row[cls] == UC_BREAK_POSSIBLE &&
		    !(u[i - 1] == '-' && (i == 1 || u[i - 2] == '-' ||
		    u[i - 2] == ' '))) {
			if (sg.content > best)
				best = sg.content;
			if (m != NULL) {
				if (m->nseg == cap) {
					cap = cap ? cap * 2 : 16;
					m->seg = bp_reallocarray(m->seg, cap,
					    sizeof(*m->seg));
				}
				m->seg[m->nseg++] = sg;
			}
			sg.content = sg.total = 0;
			sg.blank = 1;
		}
		if (u[i] == ' ')
			row = bp_ascii_breaks + ((size_t)k * 2 + 1) * n;
		else {
			k = cls;
			row = bp_ascii_breaks + (size_t)k * 2 * n;
		}
		sg.total++;
		if (u[i] != ' ') {
			sg.content = sg.total;
			sg.blank = 0;
			/*
			 * More of the same class, with no break between two of
			 * them (a word's letters): the same row, a column each.
			 */
			if (row[cls] != UC_BREAK_POSSIBLE && u[i] != '-')
				while (i + 1 < len &&
				    bp_ascii_break_class[u[i + 1]] == cls) {
					i++;
					sg.total++;
					sg.content = sg.total;
				}
		}
	}
	if (len == 0)
		return 0;
	if (sg.content > best)
		best = sg.content;
	if (m != NULL) {
		if (m->nseg == cap)
			m->seg = bp_reallocarray(m->seg, cap + 1,
			    sizeof(*m->seg));
		m->seg[m->nseg++] = sg;
	}
	return best;
}

size_t
bp_text_longest_word(const char *s, size_t len)
{
	struct bp_wrap	 w;
	struct bp_seg	 sg;
	size_t		 a, b, i, best;

	if ((best = plain_longest_word(s, len)) != SIZE_MAX)
		return best;
	if (ascii_words(s, len))
		return ascii_segs(s, len, NULL);
	best = 0;
	/* A piece at a time; a word across two pieces counts as two. */
	bp_wrap_init(&w, s, len, 1, 0);
	for (a = 0; a < len; a = b) {
		b = len - a > BP_WRAP_PIECE ? a + BP_WRAP_PIECE : len;
		while (b > a + 1 && b < len && ((unsigned char)s[b] & 0xc0) ==
		    0x80)
			b--;
		bp_wrap_take_piece(&w, a, b);
		bp_wrap_piece_breaks(&w, 0);	/* no layout: plain or not */
		for (i = 0; seg_next(&w, &i, &sg); )
			if (sg.content > best)
				best = sg.content;
	}
	bp_wrap_free(&w);
	return best;
}

void
bp_measure_init(struct bp_measure *m, const char *s, size_t len)
{
	struct bp_seg	 sg;
	size_t		 i, cap = 0;

	memset(m, 0, sizeof(*m));
	bp_wrap_init(&m->w, s, len, 1, 0);
	/*
	 * Printable ASCII: words in one pass, and the breaks left to be
	 * worked out where a line ends, as bp_wrap_piece() leaves them.
	 */
	if (ascii_words(s, len)) {
		m->w.asis = 1;
		m->w.e = s;
		m->w.elen = len;
		m->w.plain = 1;
		if (len > 0) {
			bp_wrap_grow(&m->w, len);
			memset(m->w.brk, BP_BRK_LAZY, len);
		}
		m->word = ascii_segs(s, len, m);
		return;
	}
	bp_wrap_take_piece(&m->w, 0, len);
	bp_wrap_piece_breaks(&m->w, bp_wrap_plain_piece(&m->w));
	for (i = 0; seg_next(&m->w, &i, &sg); ) {
		if (m->nseg == cap) {
			cap = cap ? cap * 2 : 16;
			m->seg = bp_reallocarray(m->seg, cap, sizeof(*m->seg));
		}
		m->seg[m->nseg++] = sg;
		if (sg.content > m->word)
			m->word = sg.content;
	}
}

size_t
bp_measure_lines(struct bp_measure *m, size_t width, size_t *next)
{
	const struct bp_seg	*sg;
	size_t			 k, n = 0, cw = 0, need = SIZE_MAX;
	int			 open = 0, blank = 1;

	if (width < 1)
		width = 1;
	/* Narrower than a word: bp_wrap's own loop, which splits it. */
	if (width < m->word) {
		bp_wrap_lay_out(&m->w, width, next);
		return m->w.n;
	}
	/*
	 * bp_wrap_lay_out() a word at a time: a word that does not fit goes to the
	 * next line whole, and no word is wider than a line.  open: the line
	 * holds something (if only spaces, it is still a line before a word
	 * that goes on to the next).
	 */
	for (k = 0; k < m->nseg; k++) {
		sg = &m->seg[k];
		if (sg->nl) {
			n++;
			cw = 0;
			open = 0;
			blank = 1;
			continue;
		}
		if (open && cw + sg->content > width) {
			if (cw + sg->content < need)
				need = cw + sg->content;
			n++;
			cw = 0;
			blank = 1;
		}
		cw += sg->total;
		open = 1;
		blank = blank && sg->blank;
	}
	/* A last line of nothing but spaces says nothing. */
	if (open && !blank)
		n++;
	if (next != NULL)
		*next = need;
	return n;
}

void
bp_measure_free(struct bp_measure *m)
{
	bp_wrap_free(&m->w);
	free(m->seg);
	memset(m, 0, sizeof(*m));
}
