/*
 * Markdown inline text: data text escaped so a renderer shows it as
 * written, http(s) URLs as autolinks.  Beneath markdown.c and diff.c,
 * which both write Markdown.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "render/bp_render.h"

/* Characters a Markdown renderer may read as markup: a backslash makes them text. */
#define MD_SPECIAL	"\\`*_[]<>|~&!#$"

static int
alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/*
 * Appends text as Markdown inline content that no CommonMark or GFM
 * renderer, with every extension and raw HTML on, turns into HTML, a tag
 * or a link it did not mean: hidden characters made visible first, then
 * every character that could start markup escaped with a backslash; a
 * line break becomes a space.  With links set, an http(s) URL becomes an
 * autolink, so that it stays whole; "www." and e-mail addresses are kept
 * from being linked (an escaped dot, a WORD JOINER before every '@', as
 * the autolinker also takes "mailto:@x.org").
 */
void
bp_md_inline_links(struct bp_buf *out, const char *s, size_t len, int links)
{
	struct bp_buf	 safe = BP_BUF_INIT;
	size_t		 i, n, u;
	int		 start = 1;
	char		 c;

	for (i = 0; i < len; i += n) {
		n = 1;
		c = s[i];
		if (links && (u = bp_url_len(s, len, i)) > 0) {
			bp_buf_putc(out, '<');
			bp_buf_putn(out, s + i, u);
			bp_buf_putc(out, '>');
			n = u;
			start = 0;
			continue;
		}
		if ((unsigned char)c >= 0x80 || (unsigned char)c < 0x20 ||
		    c == 0x7f) {
			uint32_t cp;

			n = bp_utf8_decode(s + i, len - i, &cp);
			if (cp == '\n' || cp == '\t' || cp == '\r') {
				bp_buf_putc(out, ' ');
				/* The indent of a continued line goes with it. */
				while (cp == '\n' && i + n < len && s[i + n] == ' ')
					n++;
				continue;
			}
			/* Made visible: its escape's backslash escaped in turn. */
			safe.len = 0;
			bp_text_safe_line(&safe, s + i, n);
			if (safe.data[0] == '\\')
				bp_buf_putc(out, '\\');
			bp_buf_putn(out, safe.data, safe.len);
			start = 0;
			continue;
		}
		/* "scheme://" would be linked by GFM: "\:" is text. */
		if (strchr(MD_SPECIAL, c) != NULL ||
		    (start && strchr("+-=", c) != NULL) ||
		    (c == ':' && len - i >= 3 && s[i + 1] == '/' &&
		    s[i + 2] == '/') ||
		    (c == '.' && i >= 3 && bp_ascii_ncasecmp(s + i - 3, "www",
		    3) == 0 && (i == 3 || !alnum(s[i - 4]))))
			bp_buf_putc(out, '\\');
		else if (c == '@')
			bp_buf_puts(out, "&#8288;");	/* WORD JOINER */
		/* "1." or "1)" at the start would open a list. */
		if (start && c >= '0' && c <= '9') {
			size_t	 k = i;

			while (k < len && s[k] >= '0' && s[k] <= '9')
				k++;
			bp_buf_putn(out, s + i, k - i);
			if (k < len && (s[k] == '.' || s[k] == ')'))
				bp_buf_putc(out, '\\');
			n = k - i;
			start = 0;
			continue;
		}
		if (c != ' ')
			start = 0;
		bp_buf_putc(out, c);
	}
	bp_buf_free(&safe);
}

void
bp_md_inline(struct bp_buf *out, const char *s, size_t len)
{
	bp_md_inline_links(out, s, len, 1);
}
