/* "Did you mean ...": the nearest names to a word nobody knows. */
#ifndef BP_SUGGEST_H
#define BP_SUGGEST_H

#include <stddef.h>

#include "base/bp_buf.h"

/*
 * Edit distance between a and b (any case): insertions, deletions,
 * substitutions and transpositions of neighbours each count one.
 */
size_t	bp_edit_distance(const char *a, const char *b);

/*
 * Appends "; did you mean 'x'?" (or "'x' or 'y'") to out when some of the
 * n names are near word, in proportion to its length less leading dashes:
 * none for one or two letters, one edit for up to seven, two for more.
 * Only the nearest are offered, at most three.  When none is near, the
 * names word begins or abbreviates ("md": "markdown"), with as many
 * leading dashes, are.  Returns how many were offered.
 */
size_t	bp_suggest(struct bp_buf *out, const char *word,
	    const char *const *names, size_t n);

/* Whether name is near word as bp_suggest() measures it, and not word. */
int	bp_near(const char *word, const char *name);

/*
 * Reports "bpolpo: what 'arg'" and either the nearest of names or the
 * command that lists them all ("bpolpo [--data FILE] ARGS").
 */
void	bp_not_found(const char *what, const char *arg, const char *const *names,
	    size_t n, const char *data, const char *args);

#endif
