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
 * Finds the FAQ entry a query names: its id (any case), its number in the
 * list, one of its keywords (any case), or else words that all begin
 * words of its question or keywords.  On
 * BP_FOUND sets *hit.  On BP_AMBIGUOUS sets *cands to a new array of the
 * matching entries' indexes (the caller frees it) and *ncands.
 */
enum bp_found	bp_faq_find(const struct bp_doc *, const char *query,
		    const struct bp_faq **hit, size_t **cands, size_t *ncands);

/* The section with this id (any case), or NULL. */
const struct bp_section	*bp_section_find(const struct bp_doc *, const char *);

#endif
