/*
 * What changed between two comparisons: items matched by id, in
 * O(n log n).  A change points into the two documents, which must
 * outlive it; a struct bp_diff is freed with bp_diff_free().
 */
#ifndef BP_DIFF_H
#define BP_DIFF_H

#include <stddef.h>

#include "base/bp_buf.h"
#include "model/bp_doc.h"

enum bp_change {
	BP_CH_ADDED,
	BP_CH_REMOVED,
	BP_CH_CHANGED,		/* a text, an edge, a list of items */
	BP_CH_MOVED		/* a feature, section, question or source */
};

/*
 * One difference.  what: the part of the comparison ("title", "updated",
 * "summary", "subject", "feature", "value", "edge", "choose", "section",
 * "faq", "source"); id: the item's id (a value's and an edge's: their
 * feature's; a choose list item's: its subject's), NULL for the
 * document's own keys; key: the key that changed inside the item
 * ("label", "answer"...; a value's: its subject id), or NULL; old and
 * new: the texts as the two sides give them, NULL on the side that lacks
 * one (an added or removed item: its name, label, title or question; an
 * edge, or a list of keywords or sources, as one text "a, b", made for
 * it: made says which); from and to: 1-based positions in each side's
 * list, for a move.
 */
struct bp_diff_item {
	const char	*what;
	const char	*id;
	const char	*key;
	const char	*old;
	const char	*new;
	/* 32 bits, as a text's (input is at most 64 MiB). */
	unsigned int	 oldlen, newlen;
	unsigned int	 from, to;
	enum bp_change	 change;
	unsigned char	 made;	/* BP_MADE_*: old, new made for the change */
};

#define BP_MADE_OLD	0x01
#define BP_MADE_NEW	0x02

/*
 * The differences of two comparisons, one of two ways.  Held (bp_diff()):
 * every change in v, the texts made for them in held, as the tests take
 * them.  Found as shown (bp_diff_sides()): only the two sides and n;
 * each renderer finds the changes again as it writes them
 * (bp_diff_each()), none held, so that a change costs nothing however
 * many there are (a list of 300,000 short items all changed is 600,000).
 */
struct bp_diff {
	struct bp_diff_item	*v;
	size_t			 n, cap;	/* n: changes, either way */
	struct bp_buf		 held;	/* texts made for the items (edges, lists) */
	const struct bp_doc	*old, *new;	/* found as shown: the sides */
};

/*
 * Called with each change as it is found; the change and the texts made
 * for it (made) live until fn returns.
 */
typedef void	(*bp_diff_fn)(const struct bp_diff_item *, void *arg);

/*
 * Compares old with new, both loaded and valid, giving each difference
 * to fn (which may be NULL) as it is found, holding none; returns their
 * number.  Items are matched by id through sorted indexes: O(n log n) in
 * the number of items, and a 32-bit index per item for each list.  A
 * moved item is one outside a longest run of items that kept their
 * order, so one item moved is one move; an item at the same place on
 * both sides is in the run, so no move is from a place to itself.  An
 * edge that subjects share is compared as a set.  The differences come
 * part by part, as the changelog lists them: in a list, what was removed
 * in the old order, then the new list in its order.
 */
size_t	bp_diff_walk(const struct bp_doc *old, const struct bp_doc *new,
	    bp_diff_fn fn, void *arg);

/*
 * The walk's changes held in d (which the caller zeroes first and frees
 * with bp_diff_free()), or only the sides and the number of changes
 * (d zeroed first too).  Either way d points into both documents, which
 * must outlive it.
 */
void	bp_diff(const struct bp_doc *old, const struct bp_doc *new,
	    struct bp_diff *d);
void	bp_diff_sides(const struct bp_doc *old, const struct bp_doc *new,
	    struct bp_diff *d);
void	bp_diff_free(struct bp_diff *);

/* Each change of d to fn: those held, or those found again by a walk. */
void	bp_diff_each(const struct bp_diff *d, bp_diff_fn fn, void *arg);

/*
 * How a change is named, in the words every format says it with: the
 * part of the comparison it is in (an index into bp_diff_parts, the
 * headings, in the order the changes come), and what it is about,
 * appended to out: "title", "feature 'cost'", then what in it changed,
 * "feature 'cost': value for 'lpo'"; a release note (md) says it the
 * other way round, "value for 'lpo' of feature 'cost'".  Data (an id, a
 * key) goes through put, which makes it safe or escapes it for the
 * format: straight into the output, as an id may be megabytes.
 */
#define BP_DIFF_PARTS	7
extern const char *const	bp_diff_parts[BP_DIFF_PARTS];
size_t	bp_diff_part(const struct bp_diff_item *);
typedef void	(*bp_put_fn)(struct bp_buf *, const char *, size_t);
void	bp_diff_label(struct bp_buf *out, bp_put_fn put,
	    const struct bp_diff_item *it, int md);

#endif
