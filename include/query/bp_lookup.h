/*
 * Finding the item a person asked for: a question, a section, a source.
 * What is found points into the document; a struct bp_match's list is
 * freed with bp_match_free().
 */
#ifndef BP_LOOKUP_H
#define BP_LOOKUP_H

#include <stddef.h>

#include "model/bp_doc.h"

enum bp_found {
	BP_FOUND,
	BP_NOT_FOUND,
	BP_AMBIGUOUS
};

/* The lists a query can pick from: what faq, show and sources take. */
enum bp_list {
	BP_LIST_FAQ,
	BP_LIST_SECTIONS,
	BP_LIST_SOURCES,
	BP_LIST__MAX
};

/* Why a query found nothing, for the message that says so. */
enum bp_miss {
	BP_MISS_WORDS,		/* its words are found in no item */
	BP_MISS_NUMBER,		/* a number past the end of the list */
	BP_MISS_COMMON		/* nothing but words such as "what is" */
};

/* What a query found: the items it may mean, best first. */
struct bp_match {
	size_t		*v;	/* item indexes; free with bp_match_free() */
	size_t		 n;
	size_t		 best;	/* how many share the best place */
	enum bp_miss	 miss;	/* with n == 0: why */
};

/*
 * Finds the items of a list a query names, and ranks them, the same way
 * for every list: the query (its outer spaces trimmed) as an id (any case,
 * by ASCII rules) or as a number in the list picks one item; else, for
 * questions, one of its keywords whole; else words.  Each word of the
 * query, less words such as "how" and "the", must be found in the item
 * (as a word with the same stem, British and American spellings alike,
 * or as the start of a longer one), and one at least where the item is
 * named (its id or keywords, its question or title): text that only
 * explains it (an answer, a body) supports, but never picks.  Items are
 * ranked by where their words are found.  Returns BP_FOUND when one item
 * is best, BP_AMBIGUOUS when several share the best place, BP_NOT_FOUND
 * when none is found; m holds them all, best first.
 */
enum bp_found	bp_find(const struct bp_doc *, enum bp_list, const char *query,
		    struct bp_match *m);
void		bp_match_free(struct bp_match *);

/*
 * The words of a query that say something, as bp_find() reads them:
 * folded to lower case, less words such as "how" and "the".  Sets *words
 * (free with bp_words_free()) and returns how many.
 */
size_t	bp_content_words(const char *query, char ***words);
void	bp_words_free(char **, size_t);

/* The number of items in a list, and the id, the name of item i. */
size_t			 bp_list_n(const struct bp_doc *, enum bp_list);
const struct bp_text	*bp_list_id(const struct bp_doc *, enum bp_list,
			    size_t);
const struct bp_text	*bp_list_name(const struct bp_doc *, enum bp_list,
			    size_t);

#endif
