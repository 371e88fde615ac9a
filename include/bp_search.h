/* Search across every text of a comparison. */
#ifndef BP_SEARCH_H
#define BP_SEARCH_H

#include <stddef.h>

#include "bp_doc.h"

/* Where a hit is, named as the command that shows it. */
enum bp_where {
	BP_IN_TITLE,		/* bpolpo */
	BP_IN_SUMMARY,		/* bpolpo verdict */
	BP_IN_SUBJECT,		/* bpolpo compare */
	BP_IN_FEATURE,		/* bpolpo compare --rows ID */
	BP_IN_CHOOSE,		/* bpolpo verdict */
	BP_IN_SECTION,		/* bpolpo show ID */
	BP_IN_FAQ,		/* bpolpo faq ID */
	BP_IN_SOURCE,		/* bpolpo sources */
	BP_IN__MAX
};

/* A match: byte offsets [start, end) into the field's text. */
struct bp_span {
	size_t	 start;
	size_t	 end;
};

/* One field of one item that holds at least one of the terms. */
struct bp_hit {
	enum bp_where		 where;
	const char		*id;	/* the item's id, or NULL */
	const struct bp_text	*name;	/* what the item is called */
	char			*field;	/* "label", "values.lpo", "answer"... */
	const struct bp_text	*text;	/* the field's text, in the doc */
	struct bp_span		*spans;	/* matches in order, not overlapping */
	size_t			 nspans;
};

struct bp_hits {
	struct bp_hit	*v;
	size_t		 n;
	size_t		 nitems;	/* items that hold every term */
};

/*
 * Finds the items (a feature, a question, a section, a source...) that
 * hold every term, in any of their fields, and lists each of those
 * fields with the places the terms are found.  Terms match as written,
 * spaces included (a phrase), with case folded by Unicode rules.
 * Returns the number of items found; free *hits with bp_hits_free().
 */
size_t	bp_search(const struct bp_doc *, char *const *terms, size_t nterms,
	    struct bp_hits *hits);
void	bp_hits_free(struct bp_hits *);

struct bp_buf;

/*
 * What a reader is told of a hit (raw data text: escape before showing):
 * its item as "WHERE [ID]: NAME" ("faq upl: Does ...", "verdict: Choose
 * X if:"), and its field ("answer", a subject's short name for a value,
 * "choose", "keyword").
 */
void	bp_hit_heading(struct bp_buf *, const struct bp_doc *,
	    const struct bp_hit *);
void	bp_hit_field(struct bp_buf *, const struct bp_doc *,
	    const struct bp_hit *);

/* The command that shows a hit's item in full: "bpolpo faq upl"; free it. */
char	*bp_hit_command(const struct bp_hit *);

/*
 * A short excerpt of a hit's text around its first match, newlines made
 * spaces, with ellipsis (ell, e.g. "…") where text was cut.  Sets *spans
 * to the matches inside it (byte offsets into the excerpt; free both).
 */
char	*bp_hit_snippet(const struct bp_hit *, const char *ell,
	    struct bp_span **spans, size_t *nspans);

/* A word for where: "faq", "compare", "show"... */
const char	*bp_where_name(enum bp_where);

#endif
