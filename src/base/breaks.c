/* Line break opportunities (UAX #14): ASCII by a table made at build time, the rest by libunistring. */
#include <stdint.h>
#include <stdio.h>

#include <unilbrk.h>

#include "base/bp_text.h"

/* Passed to libunistring so results do not depend on the process locale. */
#define ENC	"UTF-8"

/* The table's class of byte c when it is one that ends a run of spaces. */
static unsigned
solid(unsigned char c)
{
	return c < 0x80 && c != ' ' ? bp_ascii_break_class[c] : 0;
}

/*
 * Breaks from libunistring for u[from..] where u[i] is a character the
 * ASCII table does not hold: up to two characters in a row after it that
 * the table holds, not spaces (after one alone, a Hebrew letter and
 * hyphen before it still count, LB21a).  brk[from] is kept when last, the
 * character not a space before, is one (its break is the table's).
 * Returns where the table takes over again, or len.
 */
static size_t
by_libunistring(const uint8_t *u, size_t len, size_t i, size_t from,
    size_t last, char *brk)
{
	size_t	 j;
	char	 keep;

	for (j = i;;) {
		while (j < len && solid(u[j]) == 0)
			j++;
		if (j >= len)
			break;
		if (j + 1 < len && solid(u[j + 1]) != 0) {
			j++;
			break;
		}
		j++;
	}
	keep = brk[from];
	u8_possible_linebreaks(u + from, (j < len ? j + 1 : len) - from, ENC,
	    brk + from);
	if (last != SIZE_MAX)
		brk[from] = keep;
	return j;
}

void
bp_text_breaks(const char *s, size_t len, char *brk)
{
	const uint8_t	*u = (const uint8_t *)s;
	const size_t	 n = bp_ascii_nbreak_classes;
	const char	*row = bp_ascii_breaks;	/* the table's row: k, sp */
	size_t		 i = 0, j, from, last = SIZE_MAX;
	unsigned	 cls, k = 0;

	while (i < len) {
		/*
		 * The row for the class before and a space or not, kept as a
		 * pointer: after a space, the row after its class's.
		 */
		if (u[i] < 0x80 && (cls = bp_ascii_break_class[u[i]]) != 0) {
			brk[i] = row[cls];
			if (u[i] == ' ')
				row = bp_ascii_breaks + ((size_t)k * 2 + 1) * n;
			else {
				k = cls;
				row = bp_ascii_breaks + (size_t)k * 2 * n;
				last = i;
			}
			/*
			 * More of the same class (a word's letters): the
			 * same entry, the same row after each.
			 */
			if (u[i] != ' ')
				while (i + 1 < len && u[i + 1] < 0x80 &&
				    bp_ascii_break_class[u[i + 1]] == k) {
					brk[++i] = row[k];
					last = i;
				}
			i++;
			continue;
		}
		/*
		 * Anything else goes to libunistring, from the last character
		 * not a space before it (its state then is the table's) to two
		 * such ASCII characters in a row after it: after one alone,
		 * a Hebrew letter and hyphen before it still count (LB21a).
		 */
		from = last == SIZE_MAX ? 0 : last;
		j = by_libunistring(u, len, i, from, last, brk);
		if (j >= len)
			break;
		k = solid(u[j]);
		row = bp_ascii_breaks + (size_t)k * 2 * n;
		last = j;
		i = j + 1;
	}
}

void
bp_text_breaks_rest(const char *s, size_t len, char *brk)
{
	const uint8_t	*u = (const uint8_t *)s;
	size_t		 i = 0, j, k, from, last;

	while (i < len) {
		/* What the table holds is left as it is. */
		if ((i += bp_ascii_run(s + i, len - i)) >= len)
			break;
		if (u[i] < 0x80 && bp_ascii_break_class[u[i]] != 0) {
			i++;
			continue;
		}
		/* From the last character not a space, as bp_text_breaks(). */
		for (k = i; k > 0 && u[k - 1] == ' '; k--)
			;
		last = k > 0 ? k - 1 : SIZE_MAX;
		from = last == SIZE_MAX ? 0 : last;
		j = by_libunistring(u, len, i, from, last, brk);
		if (j >= len)
			break;
		i = j + 1;
	}
}
