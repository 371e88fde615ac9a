/* Text as shown: visible escapes for hidden characters, display width, UTF-8 and case. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <unictype.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_text.h"

/* Passed to libunistring so results do not depend on the process locale. */
#define ENC	"UTF-8"

size_t
bp_char_width(uint32_t c)
{
	size_t	 lo = 0, hi = bp_glibc_nwidths, mid;
	int	 w;

	if (c >= 0x20 && c < 0x7f)
		return 1;
	w = uc_width(c, ENC);
	/*
	 * Where glibc counts more than libunistring, or knows nothing of the
	 * character (newer than its Unicode: a terminal may draw it two
	 * wide), its table says so (made when bpolpo was built, genwidth.c).
	 */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (c < bp_glibc_widths[mid].lo)
			hi = mid;
		else if (c > bp_glibc_widths[mid].hi)
			lo = mid + 1;
		else {
			w = bp_glibc_widths[mid].w;
			break;
		}
	}
	return w < 0 ? 1 : (size_t)w;	/* hidden characters are escaped first */
}

size_t
bp_char_shown(const uint8_t *p, const uint8_t *end, int line, char esc[12],
    size_t *n, uint32_t *cp)
{
	ucs4_t	 c;
	int	 k;

	if (*p >= 0x20 && *p < 0x7f) {
		*n = 1;
		*cp = *p;
		return 0;
	}
	k = u8_mbtoucr(&c, p, (size_t)(end - p));
	if (k < 0) {
		*n = 1;
		*cp = 0xfffd;
		return (size_t)snprintf(esc, 12, "\\x%02x", *p);
	}
	*n = (size_t)k;
	*cp = c;
	if (c == '\t') {
		esc[0] = ' ';
		return 1;
	}
	if (c == '\n' && !line)
		return 0;
	if (bp_char_hidden(c))
		return bp_char_escape(c, esc);
	return 0;
}

static void
safe(struct bp_buf *out, const char *s, size_t len, int line)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + len, *q;
	char		 esc[12];
	size_t		 n, k;
	uint32_t	 c;

	while (p < end) {
		/* Runs shown as they are go out whole; ASCII ones found fast. */
		for (q = p; q < end; q += n) {
			if ((n = bp_ascii_run((const char *)q,
			    (size_t)(end - q))) != 0)
				continue;
			if (bp_char_shown(q, end, line, esc, &n, &c) != 0)
				break;
		}
		if (q > p)
			bp_buf_putn(out, (const char *)p, (size_t)(q - p));
		if (q == end)
			break;
		k = bp_char_shown(q, end, line, esc, &n, &c);
		bp_buf_putn(out, esc, k);
		p = q + n;
	}
}

void
bp_text_safe(struct bp_buf *out, const char *s, size_t len)
{
	safe(out, s, len, 0);
}

void
bp_text_safe_line(struct bp_buf *out, const char *s, size_t len)
{
	safe(out, s, len, 1);
}

/*
 * Width of one character after one of width prev (0: none, or ASCII):
 * VS16 makes a narrow character an emoji, two columns wide.  It always
 * sits in its character's grapheme cluster, so this is the same whether
 * a line is measured whole or cluster by cluster.
 */
static size_t
next_width(uint32_t c, size_t prev)
{
	if (c == 0xfe0f)
		return prev == 1 ? 1 : 0;
	return bp_char_width(c);
}

size_t
bp_ascii_run(const char *s, size_t len)
{
	const uint64_t	 ones = 0x0101010101010101u, high = ones << 7;
	size_t		 i = 0;
	uint64_t	 x;

#ifdef __SSE2__
	/*
	 * Sixteen at a time where SSE2 is (every x86-64): a byte is
	 * printable ASCII when, signed, it is above 0x1f and not 0x7f; the
	 * first that is not is the mask's first bit clear.
	 */
	const __m128i	 lo = _mm_set1_epi8(0x1f), del = _mm_set1_epi8(0x7f);
	__m128i		 v;
	unsigned	 m;

	for (; len - i >= 16; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		m = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(
		    _mm_cmpeq_epi8(v, del), _mm_cmpgt_epi8(v, lo)));
		if (m != 0xffff)
			return i + (size_t)__builtin_ctz(~m);
	}
#endif
	/* Eight bytes at a time: none >= 0x80, below 0x20, or 0x7f. */
	for (; len - i >= 8; i += 8) {
		memcpy(&x, s + i, 8);
		if (((x | ((x - ones * 0x20) & ~x) |
		    (((x ^ ones * 0x7f) - ones) & ~(x ^ ones * 0x7f))) &
		    high) != 0)
			break;
	}
	while (i < len && (unsigned char)s[i] >= 0x20 &&
	    (unsigned char)s[i] < 0x7f)
		i++;
	return i;
}

size_t
bp_text_width(const char *s, size_t len)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + len;
	char		 esc[12];
	size_t		 w = 0, n, k, prev = 0, cw;
	uint32_t	 c;

	while (p < end) {
		if (*p >= 0x20 && *p < 0x7f) {
			n = bp_ascii_run((const char *)p, (size_t)(end - p));
			w += n;
			prev = 0;	/* VS16 widens no ASCII character */
			p += n;
			continue;
		}
		if ((k = bp_char_shown(p, end, 1, esc, &n, &c)) != 0) {
			w += k;		/* escapes are ASCII */
			prev = 0;
		} else {
			cw = next_width(c, prev);
			w += cw;
			/*
			 * A soft hyphen ends its grapheme cluster (it is a
			 * control to UAX #29): a VS16 after it has no base.
			 */
			prev = c == 0xfe0f ? 2 : c == 0x00ad ? 0 : cw;
		}
		p += n;
	}
	return w;
}

int
bp_text_blank(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			return 0;
	return 1;
}

/* The first byte of s below 0x20 (a tab, a line break, a control), or len. */
static size_t
control_at(const char *s, size_t len)
{
	const uint64_t	 ones = 0x0101010101010101u, high = ones << 7;
	size_t		 i = 0;
	uint64_t	 x;

#ifdef __SSE2__
	/* Sixteen at a time: a byte is below 0x20 when min(byte, 0x1f) is it. */
	const __m128i	 top = _mm_set1_epi8(0x1f);
	__m128i		 v;
	unsigned	 m;

	for (; len - i >= 16; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_min_epu8(v, top), v));
		if (m != 0)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	for (; len - i >= 8; i += 8) {
		memcpy(&x, s + i, 8);
		if (((x - ones * 0x20) & ~x & high) != 0)
			break;
	}
	while (i < len && (unsigned char)s[i] >= 0x20)
		i++;
	return i;
}

size_t
bp_text_fold(char *s, size_t len)
{
	size_t	 i, o = 0, j;

	/* No tab or line break, no space at either end: nothing to fold. */
	if (control_at(s, len) == len && (len == 0 || (s[0] != ' ' &&
	    s[len - 1] != ' ')))
		return len;
	i = 0;
	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
	    s[i] == '\r'))
		i++;
	while (i < len) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			int	 nl = 0;

			for (j = i; j < len && (s[j] == ' ' || s[j] == '\t' ||
			    s[j] == '\n' || s[j] == '\r'); j++)
				nl |= s[j] == '\n' || s[j] == '\r';
			if (j == len)
				break;		/* trailing whitespace goes */
			if (nl) {
				s[o++] = ' ';
				i = j;
				continue;
			}
			/* Spaces and tabs on one line stay as written. */
			while (i < j)
				s[o++] = s[i++];
			continue;
		}
		s[o++] = s[i++];
	}
	if (o < len)
		s[o] = '\0';
	return o;
}

size_t
bp_ascii_lower(char *dst, const char *src, size_t len)
{
	size_t		 i = 0;
	unsigned char	 c;

#ifdef __SSE2__
	/* Sixteen at a time: 0x20 added to the bytes from 'A' to 'Z'. */
	const __m128i	 below = _mm_set1_epi8('A' - 1), above =
			    _mm_set1_epi8('Z' + 1), step = _mm_set1_epi8(0x20);
	__m128i		 v, up;

	for (; len - i >= 16; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(src + i));
		if (_mm_movemask_epi8(v) != 0)
			break;		/* a byte of 0x80 or above */
		up = _mm_and_si128(_mm_cmpgt_epi8(v, below),
		    _mm_cmplt_epi8(v, above));
		_mm_storeu_si128((__m128i *)(void *)(dst + i),
		    _mm_add_epi8(v, _mm_and_si128(up, step)));
	}
#endif
	for (; i < len && (c = (unsigned char)src[i]) < 0x80; i++)
		dst[i] = (char)(c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c);
	return i;
}

int
bp_ascii_ncasecmp(const char *a, const char *b, size_t n)
{
	unsigned char	 x, y;

	for (; n > 0; a++, b++, n--) {
		x = (unsigned char)*a;
		y = (unsigned char)*b;
		if (x >= 'A' && x <= 'Z')
			x = (unsigned char)(x - 'A' + 'a');
		if (y >= 'A' && y <= 'Z')
			y = (unsigned char)(y - 'A' + 'a');
		if (x != y || x == '\0')
			return x - y;
	}
	return 0;
}

int
bp_ascii_casecmp(const char *a, const char *b)
{
	return bp_ascii_ncasecmp(a, b, SIZE_MAX);
}

size_t
bp_utf8_decode(const char *s, size_t len, uint32_t *c)
{
	ucs4_t	 uc;
	int	 n;

	if ((unsigned char)*s < 0x80) {
		*c = (unsigned char)*s;
		return 1;
	}
	n = u8_mbtoucr(&uc, (const uint8_t *)s, len);
	if (n < 0) {
		*c = 0xfffd;
		return 1;
	}
	*c = uc;
	return (size_t)n;
}

int
bp_utf8_valid(const char *s, size_t len)
{
	return u8_check((const uint8_t *)s, len) == NULL;
}

size_t
bp_utf8_piece(const char *s, size_t len, size_t max)
{
	size_t	 n, k;

	if (len <= max)
		return len;
	/*
	 * Back to the first byte of the character s[max] goes on with.  A
	 * character takes at most four bytes, so past three continuation
	 * bytes none is cut; invalid text then costs no more than valid.
	 */
	for (n = max, k = 0; k < 3 && ((unsigned char)s[n] & 0xc0) == 0x80;
	    k++)
		n--;
	return ((unsigned char)s[n] & 0xc0) == 0x80 ? max : n;
}

int
bp_is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    uc_is_general_category(c, UC_CATEGORY_Z);
}
