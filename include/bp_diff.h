/* What changed between two comparisons: items matched by id, in O(n log n). */
#ifndef BP_DIFF_H
#define BP_DIFF_H

#include <stddef.h>

#include "bp_buf.h"
#include "bp_doc.h"
#include "bp_render.h"

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
 * edge, or a list of keywords or sources, as one text "a, b", in held);
 * from and to: 1-based positions in each side's list, for a move.
 */
struct bp_diff_item {
	const char	*what;
	const char	*id;
	const char	*key;
	const char	*old;
	const char	*new;
	/* 32 bits, as a text's (input is at most 64 MiB): one a change. */
	unsigned int	 oldlen, newlen;
	unsigned int	 from, to;
	enum bp_change	 change;
};

struct bp_diff {
	struct bp_diff_item	*v;
	size_t			 n, cap;
	struct bp_buf		 held;	/* texts made for the items (edges, lists) */
};

/*
 * Compares old with new, both loaded and valid, into d (which the caller
 * zeroes first and frees with bp_diff_free()).  Items are matched by id
 * through sorted indexes: O(n log n) in the number of items.  A moved
 * item is one outside a longest run of items that kept their order, so
 * one item moved is one move.  The differences come part by part, as
 * the changelog lists them: in a list, what was removed in the old order,
 * then the new list in its order.  They point into both documents, which
 * must outlive d.
 */
void	bp_diff(const struct bp_doc *old, const struct bp_doc *new,
	    struct bp_diff *d);
void	bp_diff_free(struct bp_diff *);

/*
 * The differences as a changelog for a terminal (wrapped to o->width,
 * changed words in color with o->color, else marked [-old-]{+new+}),
 * as a Markdown release note, and as one JSON document.  oldname and
 * newname name the two sides, as given.
 */
void	bp_diff_text(struct bp_buf *, const struct bp_opts *,
	    const struct bp_diff *, const char *oldname, const char *newname);
void	bp_diff_markdown(struct bp_buf *, const struct bp_opts *,
	    const struct bp_diff *, const char *oldname, const char *newname);
void	bp_diff_json(struct bp_buf *, const struct bp_opts *,
	    const struct bp_diff *, const char *oldname, const char *newname);

#endif
