/* Allocation wrappers: report out-of-memory once and exit, as mandoc_aux.c does. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"

static int	 oom_status = 1;

void
bp_oom_status(int status)
{
	oom_status = status;
}

void
bp_oom(void)
{
	fputs("bpolpo: out of memory\n", stderr);
	exit(oom_status);
}

void *
bp_malloc(size_t n)
{
	void	*p;

	if ((p = malloc(n == 0 ? 1 : n)) == NULL)
		bp_oom();
	return p;
}

void *
bp_calloc(size_t n, size_t size)
{
	void	*p;

	if ((p = calloc(n == 0 ? 1 : n, size == 0 ? 1 : size)) == NULL)
		bp_oom();
	return p;
}

void *
bp_realloc(void *p, size_t n)
{
	if ((p = realloc(p, n == 0 ? 1 : n)) == NULL)
		bp_oom();
	return p;
}

void *
bp_reallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		bp_oom();
	return bp_realloc(p, n * size);
}

char *
bp_strdup(const char *s)
{
	return bp_strndup(s, strlen(s));
}

char *
bp_strndup(const char *s, size_t n)
{
	char	*p;

	p = bp_malloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}
