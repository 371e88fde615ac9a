/*
 * Search across every text of a comparison.  A query is freed with
 * bp_query_free(); a hit given to a callback lives until it returns;
 * what bp_hit_snippet() returns is the caller's to free().
 */
#ifndef BP_SEARCH_H
#define BP_SEARCH_H

#include <stddef.h>

#include "base/bp_buf.h"
#include "model/bp_doc.h"

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

/* Which field of its item a hit is in. */
enum bp_hitfield {
	BP_HF_TITLE,
	BP_HF_SUMMARY,
	BP_HF_SHORT,		/* a subject's */
	BP_HF_NAME,
	BP_HF_LABEL,
	BP_HF_VALUE,		/* a feature's value for one subject */
	BP_HF_CHOOSE,		/* an entry of a subject's choose list */
	BP_HF_BODY,
	BP_HF_QUESTION,
	BP_HF_ANSWER,
	BP_HF_KEYWORD,
	BP_HF_PUBLISHER,
	BP_HF_URL,
	BP_HF__MAX
};

/*
 * One field of one item that holds at least one of the terms.  Only the
 * matches an excerpt can show are kept: those of each term from its first
 * on, at most BP_SEARCH_SPANS of them.
 */
struct bp_hit {
	enum bp_where		 where;
	const char		*id;	/* the item's id, or NULL */
	const struct bp_text	*name;	/* what the item is called */
	enum bp_hitfield	 field;
	const struct bp_subject	*subject; /* VALUE, CHOOSE: whose; CHOOSE items */
	size_t			 index;	/* CHOOSE, KEYWORD: the entry's place */
	const struct bp_text	*text;	/* the field's text, in the doc */
	int			 first;	/* the first hit of its item */
	const struct bp_span	*spans;	/* in order, not overlapping */
	size_t			 nspans;
	/* The first match of each term the field holds, in order of place. */
	const struct bp_span	*firsts;
	size_t			 nfirsts;
};

#define BP_SEARCH_SPANS	128

/* What is searched for: terms, case folded, and what was found. */
struct bp_query {
	char *const	*terms;
	size_t		 nterms;
	size_t		 nitems;	/* items that hold every term */
	void		*priv;
};

/*
 * Prepares a search for the terms (valid UTF-8), which match as written,
 * spaces included (a phrase), with case folded by Unicode rules, and
 * counts the items (a feature, a question, a section, a source...) that
 * hold every term, in any of their fields.  Returns that count, which
 * is also q->nitems.  Memory stays bounded whatever the texts' size.
 */
size_t	bp_search(const struct bp_doc *, char *const *terms, size_t nterms,
	    struct bp_query *q);
void	bp_query_free(struct bp_query *);

/*
 * Calls fn for each field that holds a term, of each item that holds
 * every term, in document order.  The hit and its spans live for the
 * call only.
 */
void	bp_search_hits(const struct bp_doc *, const struct bp_query *,
	    void (*fn)(const struct bp_hit *, void *),
	    void *arg);

/*
 * What a reader is told of a hit (raw data text: escape before showing):
 * its item's title, question or label ("Choose X if:" for a choose
 * list); the item as "WHERE [ID]: TITLE" ("faq upl: Does ...", "verdict:
 * Choose X if:"); and its field ("answer", a subject's short name for a
 * value, "choose", "keyword").
 */
void	bp_hit_title(struct bp_buf *, const struct bp_hit *);
void	bp_hit_heading(struct bp_buf *, const struct bp_hit *);
void	bp_hit_field(struct bp_buf *, const struct bp_hit *);
/* The field as JSON names it, from the data's keys: "label", "values.lpo", "keywords[1]". */
void	bp_hit_field_name(struct bp_buf *, const struct bp_hit *);

/*
 * The command that shows a hit's item in full, with --data when data is
 * not NULL: "bpolpo --data mine.yaml faq upl".
 */
void	bp_hit_command(struct bp_buf *, const struct bp_hit *,
	    const char *data);

/* The most terms an excerpt has a window for. */
#define BP_EXCERPT_TERMS	8

/*
 * A short excerpt of a hit's text, the one every output shows: a window
 * of context around the first match of each term (at most
 * BP_EXCERPT_TERMS of them, the first in the text), windows that
 * overlap or nearly touch merged into one, the others in order of place
 * joined by " … ".  Inside a window a run of spaces, tabs and newlines
 * is one space, or " ¶ " when it holds a blank line (a paragraph break);
 * where the text was cut at either end, "…".  With ascii those marks are
 * " ... ", " // " and "...".  Windows are cut between grapheme clusters,
 * at a space when one is near.  The length is bounded whatever the
 * text's: less context a window the more windows there are.  Returns a
 * string the caller frees, and sets *spans (the caller frees) to the
 * matches inside it, in order: byte offsets into the excerpt.  Markdown
 * and JSON pass ascii 0: their marks are always UTF-8.
 */
char	*bp_hit_snippet(const struct bp_hit *, int ascii,
	    struct bp_span **spans, size_t *nspans);

/*
 * The command that runs a search for the query's terms (each quoted for
 * the shell where it needs it), with --data when data is not NULL.
 */
void	bp_search_command(struct bp_buf *, const struct bp_query *,
	    const char *data);

/* A word for where: "faq", "compare", "show"... */
const char	*bp_where_name(enum bp_where);

#endif
