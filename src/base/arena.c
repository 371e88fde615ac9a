/* Arena allocation: a loaded document's text and small arrays in a few big chunks. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_arena.h"

#define CHUNK	((size_t)256 * 1024)
#define ALIGN	16	/* enough for any struct of the document */

struct bp_chunk {
	struct bp_chunk	*next;
	size_t		 used;
	size_t		 size;
	char		 data[];
};

static struct bp_chunk *
chunk_new(struct bp_chunk *next, size_t size)
{
	struct bp_chunk	*c;

	c = bp_malloc(sizeof(*c) + size);
	c->next = next;
	c->used = 0;
	c->size = size;
	return c;
}

/* Bytes to skip from p to the next multiple of align (a power of two). */
static size_t
pad(const char *p, size_t align)
{
	return (align - ((uintptr_t)p & (align - 1))) & (align - 1);
}

/* Room for size bytes at a multiple of align. */
static char *
take(struct bp_arena *a, size_t size, size_t align)
{
	struct bp_chunk	*c = a->head;
	size_t		 off;

	a->used += size;
	if (size + align > CHUNK / 4) {
		/* A big one gets a chunk of its own, behind the current one. */
		c = chunk_new(NULL, size + align);
		if (a->head == NULL)
			a->head = c;
		else {
			c->next = a->head->next;
			a->head->next = c;
		}
		off = pad(c->data, align);
		c->used = off + size;
		return c->data + off;
	}
	if (c != NULL) {
		off = c->used + pad(c->data + c->used, align);
		if (off + size <= c->size) {
			c->used = off + size;
			return c->data + off;
		}
	}
	c = a->head = chunk_new(a->head, CHUNK);
	off = pad(c->data, align);
	c->used = off + size;
	return c->data + off;
}

char *
bp_arena_strndup(struct bp_arena *a, const char *s, size_t len)
{
	char	*p = take(a, len + 1, 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void *
bp_arena_calloc(struct bp_arena *a, size_t n, size_t size)
{
	char	*p;

	if (size != 0 && n > (SIZE_MAX - ALIGN) / size)
		return bp_calloc(n, size);	/* reports out of memory */
	p = take(a, n * size, ALIGN);
	memset(p, 0, n * size);
	return p;
}

void
bp_arena_adopt(struct bp_arena *a, void *p, size_t size)
{
	if (a->nown == a->capown) {
		a->capown = a->capown ? a->capown * 2 : 16;
		a->own = bp_reallocarray(a->own, a->capown, sizeof(*a->own));
	}
	a->own[a->nown++] = p;
	a->used += size;
}

void
bp_arena_free(struct bp_arena *a)
{
	struct bp_chunk	*c, *next;
	size_t		 i;

	for (i = 0; i < a->nown; i++)
		free(a->own[i]);
	free(a->own);
	a->own = NULL;
	a->nown = a->capown = 0;
	a->used = 0;

	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	a->head = NULL;
}
