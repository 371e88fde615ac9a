/* Finding the FAQ entry or section a person asked for. */
#ifndef BP_LOOKUP_H
#define BP_LOOKUP_H

#include <stddef.h>

#include "bp_doc.h"

enum bp_found {
	BP_FOUND,
	BP_NOT_FOUND,
	BP_AMBIGUOUS
};

/*
 * Finds the FAQ entry a query names, trying in turn: its id (any case);
 * its number in the list; one of its keywords, whole; and else words.
 * Each word of the query (less words such as "is" and "the") must be
 * found in the entry, as a word with the same stem or the start of a
 * longer one, in its id or keywords, its question or its answer; the
 * entry where they are found in the weightiest places wins, and a tie is
 * ambiguous.  Case is folded throughout.  On BP_FOUND sets *hit; on
 * BP_AMBIGUOUS sets *cands to a new array of the tied entries' indexes
 * (the caller frees it) and *ncands.
 */
enum bp_found	bp_faq_find(const struct bp_doc *, const char *query,
		    const struct bp_faq **hit, size_t **cands, size_t *ncands);

/* The section with this id (any case), or NULL. */
const struct bp_section	*bp_section_find(const struct bp_doc *, const char *);

#endif
