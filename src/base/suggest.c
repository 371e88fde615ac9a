/* Did-you-mean: optimal string alignment distance over a short list of names. */
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_shell.h"
#include "base/bp_suggest.h"
#include "base/bp_text.h"

#define MAX_OFFERED	3
#define MAX_LEN		64	/* longer words are not typos of names */

/* ASCII lower case, whatever the locale says of 'I'. */
static int
low(char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : (unsigned char)c;
}

static size_t
min3(size_t a, size_t b, size_t c)
{
	size_t	 m = a < b ? a : b;

	return m < c ? m : c;
}

size_t
bp_edit_distance(const char *a, const char *b)
{
	size_t	 la = strlen(a), lb = strlen(b), i, j, cost, d;
	size_t	*row[3];

	if (la > MAX_LEN || lb > MAX_LEN)
		return (size_t)-1;
	/* Three rows: two back for transpositions. */
	for (i = 0; i < 3; i++)
		row[i] = bp_calloc(lb + 1, sizeof(size_t));
	for (j = 0; j <= lb; j++)
		row[1][j] = j;
	for (i = 1; i <= la; i++) {
		size_t *prev2 = row[0], *prev = row[1], *cur = row[2];

		cur[0] = i;
		for (j = 1; j <= lb; j++) {
			cost = low(a[i - 1]) !=
			    low(b[j - 1]);
			cur[j] = min3(prev[j] + 1, cur[j - 1] + 1,
			    prev[j - 1] + cost);
			if (i > 1 && j > 1 &&
			    low(a[i - 1]) ==
			    low(b[j - 2]) &&
			    low(a[i - 2]) ==
			    low(b[j - 1]) &&
			    prev2[j - 2] + 1 < cur[j])
				cur[j] = prev2[j - 2] + 1;
		}
		row[0] = prev;
		row[1] = cur;
		row[2] = prev2;
	}
	d = row[1][lb];
	for (i = 0; i < 3; i++)
		free(row[i]);
	return d;
}

/* Whether the letters of w come in name, in order, the first first. */
static int
abbreviates(const char *w, const char *name)
{
	if (low(*w) != low(*name))
		return 0;
	for (; *w != '\0'; w++) {
		while (*name != '\0' && low(*name) != low(*w))
			name++;
		if (*name == '\0')
			return 0;
		name++;
	}
	return 1;
}

static int
picked(const char *const *names, const size_t *pick, size_t n, const char *s)
{
	size_t	 k;

	for (k = 0; k < n; k++)
		if (strcmp(names[pick[k]], s) == 0)
			return 1;
	return 0;
}

/*
 * How many edits make a name near a word: one in up to seven letters,
 * two in more; a word of one or two letters is near only to itself in
 * another case ("india" is not a typo of "nda").  An option's dashes are
 * no letters.
 */
static size_t
near_bound(const char *word)
{
	size_t	 len = strlen(word + strspn(word, "-"));

	return len >= 8 ? 2 : len >= 3 ? 1 : 0;
}

int
bp_near(const char *word, const char *name)
{
	return strcmp(word, name) != 0 &&
	    bp_edit_distance(word, name) <= near_bound(word);
}

size_t
bp_suggest(struct bp_buf *out, const char *word, const char *const *names,
    size_t n)
{
	size_t	 i, k, d, best = (size_t)-1, bound, offered = 0, len, skip;
	int	 pass;
	size_t	 pick[MAX_OFFERED];

	skip = strspn(word, "-");
	len = strlen(word + skip);
	bound = near_bound(word);
	for (i = 0; i < n; i++) {
		if (names[i] == NULL || strcmp(names[i], word) == 0)
			continue;
		d = bp_edit_distance(word, names[i]);
		if (d > bound || d > best)
			continue;
		if (d < best) {
			best = d;
			offered = 0;
		}
		/* The same name twice (an id that is also a keyword): once. */
		for (k = 0; k < offered; k++)
			if (strcmp(names[pick[k]], names[i]) == 0)
				break;
		if (k == offered && offered < MAX_OFFERED)
			pick[offered++] = i;
	}
	/*
	 * None near: a name it begins, or abbreviates ("md", "markdown"),
	 * dashes and all: "--lay" begins "--layout", "-x" nothing.
	 */
	for (pass = 0; offered == 0 && len >= 2 && pass < 2; pass++)
		for (k = 0; k < n && offered < MAX_OFFERED; k++)
			if (names[k] != NULL && strcmp(names[k], word) != 0 &&
			    strspn(names[k], "-") == skip &&
			    (pass == 0 ? bp_ascii_ncasecmp(names[k] + skip,
			    word + skip, len) == 0 : abbreviates(word + skip,
			    names[k] + skip)) &&
			    !picked(names, pick, offered, names[k]))
				pick[offered++] = k;
	if (offered == 0)
		return 0;
	bp_buf_puts(out, "; did you mean ");
	for (k = 0; k < offered; k++) {
		if (k > 0)
			bp_buf_puts(out, k + 1 == offered ? " or " : ", ");
		bp_buf_putc(out, '\'');
		bp_text_safe_line(out, names[pick[k]], strlen(names[pick[k]]));
		bp_buf_putc(out, '\'');
	}
	bp_buf_putc(out, '?');
	return offered;
}

void
bp_not_found(const char *what, const char *arg, const char *const *names,
    size_t n, const char *data, const char *args)
{
	struct bp_buf	 msg = BP_BUF_INIT;

	bp_buf_printf(&msg, "%s '%s'", what, arg);
	if (bp_suggest(&msg, arg, names, n) == 0) {
		bp_buf_puts(&msg, "; '");
		bp_command(&msg, data, args);
		bp_buf_puts(&msg, "' lists them");
	}
	bp_warnx("%s", msg.data);
	bp_buf_free(&msg);
}
