/* An arena for a document's text: one free for thousands of strings. */
#ifndef BP_ARENA_H
#define BP_ARENA_H

#include <stddef.h>

struct bp_chunk;

struct bp_arena {
	struct bp_chunk	*head;
	void		**own;		/* blocks malloc'd elsewhere, freed with it */
	size_t		  nown, capown;
	size_t		  used;		/* bytes taken, adopted blocks included */
};

/* A NUL-terminated copy of s[0..len) that lives until bp_arena_free(). */
char	*bp_arena_strndup(struct bp_arena *, const char *, size_t);
/* Zeroed room for n items of size bytes, aligned for any of them. */
void	*bp_arena_calloc(struct bp_arena *, size_t n, size_t size);
/*
 * Takes over p, a block of size bytes from malloc(3), to be freed with
 * the arena.
 */
void	 bp_arena_adopt(struct bp_arena *, void *p, size_t size);
void	 bp_arena_free(struct bp_arena *);

#endif
