/* Where an http(s) URL in text ends: the rules every renderer that links follows. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/bp_text.h"

static int
alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/* What a printable ASCII character does to a URL. */
#define URL_END		1	/* ends it */
#define URL_END_TEXT	2	/* ends it in text output */
#define URL_BRACKET	4	/* counted, to balance */

static const unsigned char url_ascii[128] = {
	['<'] = URL_END, ['>'] = URL_END, ['|'] = URL_END,
	['{'] = URL_END_TEXT, ['}'] = URL_END_TEXT, ['"'] = URL_END_TEXT,
	['\\'] = URL_END_TEXT, ['^'] = URL_END_TEXT, ['`'] = URL_END_TEXT,
	['('] = URL_BRACKET, [')'] = URL_BRACKET, ['['] = URL_BRACKET,
	[']'] = URL_BRACKET,
};

static size_t
url_len(const char *s, size_t len, size_t i, int strict)
{
	size_t		 j, k, n, open = 0, close = 0, sopen = 0, sclose = 0;
	uint32_t	 c;
	unsigned	 stop = strict ? URL_END | URL_END_TEXT : URL_END;

	if (i > 0 && alnum(s[i - 1]))
		return 0;
	if (len - i >= 8 && bp_ascii_ncasecmp(s + i, "https://", 8) == 0)
		k = 8;
	else if (len - i >= 7 && bp_ascii_ncasecmp(s + i, "http://", 7) == 0)
		k = 7;
	else
		return 0;
	for (j = i + k; j < len; j += n) {
		/* Printable ASCII is no space and nothing hidden. */
		if (s[j] > ' ' && s[j] < 0x7f) {
			n = 1;
			c = (uint32_t)s[j];
			if (url_ascii[c] & stop)
				break;
			/* Most characters are none of these. */
			if (url_ascii[c] & URL_BRACKET) {
				open += c == '(';
				close += c == ')';
				sopen += c == '[';
				sclose += c == ']';
			}
			continue;
		}
		n = bp_utf8_decode(s + j, len - j, &c);
		if (bp_is_space(c) || bp_char_hidden(c) || c == '<' ||
		    c == '>' || c == '|' || c == 0xfffd ||
		    (strict && c < 0x80 && strchr("{}\"\\^`", (int)c) != NULL))
			break;
		open += c == '(';
		close += c == ')';
		sopen += c == '[';
		sclose += c == ']';
	}
	/*
	 * Trailing punctuation ends the sentence, not the URL; so does a
	 * ')' without its '('.  Counted once, so a URL followed by a
	 * million dots costs a million steps, not a million squared.
	 */
	while (j > i + k) {
		if (strchr("?!.,:*_~'\";", s[j - 1]) != NULL)
			j--;
		else if (s[j - 1] == ')' && close > open) {
			j--;
			close--;
		} else if (strict && s[j - 1] == ']' && sclose > sopen) {
			j--;
			sclose--;
		} else
			break;
	}
	return j > i + k ? j - i : 0;
}

size_t
bp_url_len(const char *s, size_t len, size_t i)
{
	return url_len(s, len, i, 0);
}

size_t
bp_url_len_text(const char *s, size_t len, size_t i)
{
	return url_len(s, len, i, 1);
}
