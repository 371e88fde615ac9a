/* Arena allocation of strings: a loaded document's text in a few big chunks. */
#include <stdlib.h>
#include <string.h>

#include "bp_alloc.h"
#include "bp_arena.h"

#define CHUNK	(256 * 1024)

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

char *
bp_arena_strndup(struct bp_arena *a, const char *s, size_t len)
{
	struct bp_chunk	*c = a->head;
	char		*p;

	if (len + 1 > CHUNK / 4) {
		/* A big string gets a chunk of its own, behind the current one. */
		c = chunk_new(NULL, len + 1);
		if (a->head == NULL)
			a->head = c;
		else {
			c->next = a->head->next;
			a->head->next = c;
		}
	} else if (c == NULL || c->size - c->used < len + 1)
		c = a->head = chunk_new(a->head, CHUNK);
	p = c->data + c->used;
	memcpy(p, s, len);
	p[len] = '\0';
	c->used += len + 1;
	return p;
}

void
bp_arena_free(struct bp_arena *a)
{
	struct bp_chunk	*c, *next;

	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	a->head = NULL;
}
