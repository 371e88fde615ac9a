/* Terminal text: visible escapes for controls, display width, line wrapping. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_text.h"

/* Passed to libunistring so results do not depend on the process locale. */
#define ENC	"UTF-8"

static int
is_bidi_control(ucs4_t c)
{
	return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

static void
safe(struct bp_buf *out, const char *s, size_t len, int keep_newlines)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + len;
	ucs4_t		 c;
	int		 n;

	while (p < end) {
		if (*p >= 0x20 && *p < 0x7f) {
			const uint8_t *q = p;

			while (q < end && *q >= 0x20 && *q < 0x7f)
				q++;
			bp_buf_putn(out, (const char *)p, (size_t)(q - p));
			p = q;
			continue;
		}
		n = u8_mbtoucr(&c, p, (size_t)(end - p));
		if (n < 0) {
			bp_buf_printf(out, "\\x%02x", *p);
			p++;
			continue;
		}
		if (c == '\n' && keep_newlines)
			bp_buf_putc(out, '\n');
		else if (c == '\n')
			bp_buf_puts(out, "\\n");
		else if (c == '\t')
			bp_buf_putc(out, ' ');
		else if (c == 0x1b)
			bp_buf_puts(out, "\\e");
		else if (c < 0x20 || c == 0x7f)
			bp_buf_printf(out, "\\x%02x", (unsigned)c);
		else if ((c >= 0x80 && c < 0xa0) || is_bidi_control(c))
			bp_buf_printf(out, "\\u%04x", (unsigned)c);
		else
			bp_buf_putn(out, (const char *)p, (size_t)n);
		p += n;
	}
}

void
bp_text_safe(struct bp_buf *out, const char *s, size_t len)
{
	safe(out, s, len, 1);
}

void
bp_text_safe_line(struct bp_buf *out, const char *s, size_t len)
{
	safe(out, s, len, 0);
}

/*
 * Next grapheme cluster boundary after p, never inside a UTF-8 sequence.
 * libunistring 1.0 breaks after a zero-width joiner; emoji ZWJ sequences
 * (rule GB11) are joined here so they measure and wrap as one picture.
 */
static const uint8_t *
next_cluster(const uint8_t *p, const uint8_t *end)
{
	const uint8_t	*q;

	if (*p < 0x80 && (p + 1 == end || p[1] < 0x80))
		return p + 1;
	q = u8_grapheme_next(p, end);
	if (q == NULL || q <= p)
		return p + 1;
	while (q < end && q - p >= 3 && q[-3] == 0xe2 && q[-2] == 0x80 &&
	    q[-1] == 0x8d) {
		const uint8_t *r = u8_grapheme_next(q, end);

		if (r == NULL || r <= q)
			break;
		q = r;
	}
	return q;
}

/*
 * Width of one grapheme cluster as terminals draw it: its first code
 * point's width (combining marks and joiners add nothing), but 2 for an
 * emoji presentation sequence (VS16) or a regional-indicator flag pair.
 */
static size_t
cluster_width(const uint8_t *p, const uint8_t *end)
{
	ucs4_t	 c, first;
	int	 n, w;
	size_t	 i = 0;

	n = u8_mbtouc(&first, p, (size_t)(end - p));
	w = uc_width(first, ENC);
	if (w < 0)
		w = 0;
	for (p += n; p < end; p += n, i++) {
		n = u8_mbtouc(&c, p, (size_t)(end - p));
		if (c == 0xFE0F || (first >= 0x1F1E6 && first <= 0x1F1FF &&
		    c >= 0x1F1E6 && c <= 0x1F1FF))
			w = 2;
	}
	return (size_t)w;
}

size_t
bp_text_width(const char *s, size_t len)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + len, *q;
	size_t		 w = 0;

	while (p < end) {
		if (*p < 0x80) {	/* ASCII: no clusters to speak of */
			if (*p >= 0x20 && *p < 0x7f)
				w++;
			p++;
			continue;
		}
		q = next_cluster(p, end);
		w += cluster_width(p, q);
		p = q;
	}
	return w;
}

/*
 * UAX #14 allows a break after any hyphen.  After a leading one, as in
 * "--rows" or "-w", a break would split an option a reader must type:
 * only hyphens inside words ("process-driven") stay break points.
 */
static void
keep_options_whole(const char *s, size_t len, char *brk)
{
	size_t	 i;

	for (i = 1; i < len; i++)
		if (brk[i] == UC_BREAK_POSSIBLE && s[i - 1] == '-' &&
		    (i == 1 || s[i - 2] == '-' || s[i - 2] == ' '))
			brk[i] = UC_BREAK_PROHIBITED;
}

struct lines {
	struct bp_line	*v;
	size_t		 n, cap;
};

static void
emit(struct lines *ls, const char *s, size_t a, size_t b)
{
	while (b > a && s[b - 1] == ' ')
		b--;
	if (ls->n == ls->cap) {
		ls->cap = ls->cap ? ls->cap * 2 : 8;
		ls->v = bp_reallocarray(ls->v, ls->cap, sizeof(*ls->v));
	}
	ls->v[ls->n].off = a;
	ls->v[ls->n].len = b - a;
	ls->v[ls->n].width = bp_text_width(s + a, b - a);
	ls->n++;
}

size_t
bp_text_wrap(const char *s, size_t len, size_t width, struct bp_line **out)
{
	const uint8_t	*u = (const uint8_t *)s;
	struct lines	 ls = { NULL, 0, 0 };
	char		*brk;
	size_t		 i, j, start, cw, w, last;

	if (width < 1)
		width = 1;
	*out = NULL;
	if (len == 0)
		return 0;
	/* One line that fits needs no break opportunities worked out. */
	if (memchr(s, '\n', len) == NULL && bp_text_width(s, len) <= width) {
		for (j = len; j > 0 && s[j - 1] == ' '; j--)
			;
		if (j == 0)
			return 0;
		emit(&ls, s, 0, j);
		*out = ls.v;
		return 1;
	}
	brk = bp_malloc(len);
	u8_possible_linebreaks(u, len, ENC, brk);
	keep_options_whole(s, len, brk);

	start = 0;
	cw = 0;
	last = 0;	/* last break opportunity after start; 0: none */
	i = 0;
	while (i < len) {
		if (brk[i] == UC_BREAK_MANDATORY || s[i] == '\n') {
			/* The break character itself (LF, U+2028...) is not shown. */
			emit(&ls, s, start, i);
			i = (size_t)(next_cluster(u + i, u + len) - u);
			start = i;
			cw = 0;
			last = 0;
			continue;
		}
		if (brk[i] == UC_BREAK_POSSIBLE && i > start)
			last = i;
		if (u[i] < 0x80 && (i + 1 == len || u[i + 1] < 0x80)) {
			/* ASCII, made safe: one column, no cluster to find. */
			j = i + 1;
			w = 1;
		} else {
			j = (size_t)(next_cluster(u + i, u + len) - u);
			w = cluster_width(u + i, u + j);
		}
		/* Spaces may hang past the edge: they are trimmed. */
		if (s[i] == ' ' || cw + w <= width) {
			cw += w;
			i = j;
			continue;
		}
		if (last > start) {
			emit(&ls, s, start, last);
			start = last;
		} else if (i > start) {
			/* One word longer than the line: split it here. */
			emit(&ls, s, start, i);
			start = i;
		} else {
			/* A single cluster wider than the line stands alone. */
			emit(&ls, s, start, j);
			start = i = j;
		}
		last = 0;
		cw = bp_text_width(s + start, i - start);
	}
	if (start < len)
		emit(&ls, s, start, len);
	/* A last line of nothing but trailing spaces says nothing. */
	if (ls.n > 0 && ls.v[ls.n - 1].len == 0 && start < len &&
	    ls.v[ls.n - 1].off == start)
		ls.n--;
	free(brk);
	*out = ls.v;
	return ls.n;
}

size_t
bp_text_longest_word(const char *s, size_t len)
{
	const uint8_t	*u = (const uint8_t *)s;
	char		*brk;
	size_t		 i, end, start = 0, best = 0, w;

	if (len == 0)
		return 0;
	brk = bp_malloc(len);
	u8_possible_linebreaks(u, len, ENC, brk);
	for (i = 1; i <= len; i++) {
		if (i < len && brk[i] != UC_BREAK_POSSIBLE &&
		    brk[i] != UC_BREAK_MANDATORY)
			continue;
		/* A word's trailing spaces and line breaks take no room. */
		for (end = i; end > start && (s[end - 1] == ' ' ||
		    s[end - 1] == '\n'); end--)
			;
		w = bp_text_width(s + start, end - start);
		if (w > best)
			best = w;
		start = i;
	}
	free(brk);
	return best;
}

static int
blank_line_at(const char *s, size_t len, size_t i, size_t *next)
{
	size_t	 j;

	/* s[i] is '\n'; a blank line follows if only spaces precede the next '\n'. */
	for (j = i + 1; j < len && (s[j] == ' ' || s[j] == '\t'); j++)
		;
	if (j < len && s[j] == '\n') {
		*next = j + 1;
		return 1;
	}
	return 0;
}

void
bp_text_paragraphs(const char *s, size_t len,
    void (*fn)(const char *, size_t, void *), void *arg)
{
	struct bp_buf	 para = BP_BUF_INIT;
	size_t		 i = 0, next;

	while (i <= len) {
		if (i == len || (s[i] == '\n' && blank_line_at(s, len, i, &next))) {
			size_t	 a = 0, b = para.len;

			while (a < b && para.data[a] == ' ')
				a++;
			while (b > a && para.data[b - 1] == ' ')
				b--;
			if (b > a)
				fn(para.data + a, b - a, arg);
			para.len = 0;
			if (i == len)
				break;
			i = next;
			/* Further blank lines: one paragraph break is enough. */
			while (i < len && s[i] == '\n')
				i++;
			continue;
		}
		bp_buf_putc(&para, s[i] == '\n' ? ' ' : s[i]);
		i++;
	}
	bp_buf_free(&para);
}
