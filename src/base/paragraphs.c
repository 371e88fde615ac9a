/* Prose split into paragraphs at blank lines, and a paragraph into its text and its "- " items. */
#include <stddef.h>
#include <string.h>

#include "base/bp_text.h"

/* Whether the line at s[i] (just after a newline) holds only spaces and tabs, and where the next one starts. */
static int
blank_line_at(const char *s, size_t len, size_t i, size_t *next)
{
	size_t	 j;

	for (j = i; j < len && (s[j] == ' ' || s[j] == '\t'); j++)
		;
	if (j < len && s[j] == '\n') {
		*next = j + 1;
		return 1;
	}
	return 0;
}

static int
space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Trims s[a, b) of outer whitespace and passes it on, if anything is left. */
static void
emit_block(const char *s, size_t a, size_t b, enum bp_block kind, int *first,
    void (*fn)(enum bp_block, int, const char *, size_t, void *), void *arg)
{
	while (a < b && space(s[a]))
		a++;
	while (b > a && space(s[b - 1]))
		b--;
	if (b > a) {
		fn(kind, *first, s + a, b - a, arg);
		*first = 0;
	}
}

/* Where the line at s[i] starts an item: the index after its "- ", else 0. */
static size_t
item_at(const char *s, size_t len, size_t i)
{
	while (i < len && s[i] == ' ')
		i++;
	return i + 1 < len && s[i] == '-' && s[i + 1] == ' ' ? i + 2 : 0;
}

/* One paragraph, s[a, b): text, then items, each from a line "- ". */
static void
blocks(const char *s, size_t a, size_t b,
    void (*fn)(enum bp_block, int, const char *, size_t, void *), void *arg)
{
	const char	*p;
	size_t		 i, start = a, body, from;
	enum bp_block	 kind = BP_BLOCK_PARA;
	int		 first = 1;

	/* Each line's start, found by memchr. */
	for (i = a; i < b; i = (size_t)(p - s) + 1) {
		from = i;
		if ((body = item_at(s, b, i)) != 0) {
			emit_block(s, start, i, kind, &first, fn, arg);
			kind = BP_BLOCK_ITEM;
			start = from = body;
		}
		if ((p = memchr(s + from, '\n', b - from)) == NULL)
			break;
	}
	emit_block(s, start, b, kind, &first, fn, arg);
}

void
bp_text_paragraphs(const char *s, size_t len,
    void (*fn)(enum bp_block, int, const char *, size_t, void *), void *arg)
{
	const char	*p;
	size_t		 start = 0, i, next = len, a, b;

	/* Only a line break may end a paragraph: they are found by memchr. */
	for (i = 0; i <= len; i++) {
		if (i < len) {
			p = memchr(s + i, '\n', len - i);
			i = p != NULL ? (size_t)(p - s) : len;
		}
		if (i < len && !blank_line_at(s, len, i + 1, &next))
			continue;
		for (a = start, b = i; a < b && space(s[a]); a++)
			;
		while (b > a && space(s[b - 1]))
			b--;
		if (b > a)
			blocks(s, a, b, fn, arg);
		if (i == len)
			break;
		/* Further blank lines: one paragraph break is enough. */
		while (next < len && blank_line_at(s, len, next, &next))
			;
		start = next;
		i = next - 1;
	}
}
