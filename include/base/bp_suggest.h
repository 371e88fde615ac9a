/* "Did you mean ...": the nearest names to a word nobody knows, and commands to run. */
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
 * Appends s as a POSIX shell word: as it is when it needs no quoting,
 * else in double quotes when nothing in it is special to them ("my
 * file.yaml"), else in single quotes ('$HOME'\''s').
 */
void	bp_shell_quote(struct bp_buf *out, const char *s);

/*
 * Appends the command a reader can run to see something: "bpolpo", then
 * "--data FILE" (FILE quoted) when data is not NULL, then args.
 */
void	bp_command(struct bp_buf *out, const char *data, const char *args);

/*
 * Reports "bpolpo: what 'arg'" and either the nearest of names or the
 * command that lists them all ("bpolpo [--data FILE] ARGS").
 */
void	bp_not_found(const char *what, const char *arg, const char *const *names,
	    size_t n, const char *data, const char *args);

#endif
