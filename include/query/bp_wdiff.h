/*
 * Changed words: which words of a text went out and which came in, as
 * runs.  Runs point into the texts compared; struct bp_wdiff is reused
 * from change to change and freed with bp_wdiff_free().
 */
#ifndef BP_WDIFF_H
#define BP_WDIFF_H

#include <stddef.h>
#include <stdint.h>

struct bp_diff_item;

enum bp_wop {
	BP_W_SAME,
	BP_W_DEL,
	BP_W_INS
};

struct bp_word {
	const char	*s;
	size_t		 len;
	uint32_t	 hash;		/* words mostly differ here: fewer memcmp */
};

struct bp_wordlist {
	struct bp_word	*v;
	size_t		 n, cap;
};

/*
 * A run of words that one side or both have, where they lie: from its
 * first word to the end of its last, white space between them.
 */
struct bp_run {
	enum bp_wop	 op;
	const char	*s;
	size_t		 len;
};

struct bp_wdiff {
	struct bp_wordlist	 a, b;
	struct bp_run	*v;
	size_t		 n, cap;
	unsigned char	*bits;		/* per cell of the table: drop a word of a */
	size_t		 bitcap;
	size_t		*row;		/* two rows of the table */
	size_t		 rowcap;
	size_t		*pairs;		/* the common words: i, j, last first */
	size_t		 paircap;
	size_t		 cells;		/* filled so far (wdiff.c: CELLS_MAX) */
};

/*
 * Words are runs of anything but white space, which only separates them.
 * The word of s[*i..len) from *i on: 0 when there is none; else its
 * bytes in *w and *wl, and *i past it.
 */
int	bp_wdiff_next(const char *s, size_t len, size_t *i, const char **w,
	    size_t *wl);

/*
 * The words of o changed into those of n, as runs in wd (zeroed before
 * first use, and reused; free it with bp_wdiff_free()).  What both
 * share at the ends is compared where it lies; past 2,000 words of
 * middle on a side, or 64 Mi cells of tables in all (wdiff.c), the
 * middle shows as taken out and put in whole.
 */
void	bp_wdiff_diff(struct bp_wdiff *wd, const char *o, size_t olen,
	    const char *n, size_t nlen);
/* A text shown whole, as one run; s NULL: none. */
void	bp_wdiff_all(struct bp_wdiff *wd, const char *s, size_t len);
/* The words a change shows: its change for a changed text, else its text. */
void	bp_wdiff_item(struct bp_wdiff *wd, const struct bp_diff_item *it);
/* Whether any run is not BP_W_SAME: a change of white space only is not. */
int	bp_wdiff_changed(const struct bp_wdiff *wd);
void	bp_wdiff_free(struct bp_wdiff *wd);

#endif
