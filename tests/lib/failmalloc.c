/*
 * An LD_PRELOAD shim that makes the Nth allocation of a process fail, as
 * SQLite's tests do, to show that every failed allocation ends bpolpo with
 * a message and a non-zero exit, never with wrong or partial output and
 * exit 0 (tests/unit/test_fault.c).  glibc's own allocations (stdio,
 * locales) go through it too.
 *
 *   BP_FAIL_AT=N      the Nth call to an allocator returns NULL (ENOMEM)
 *   BP_FAIL_FROM=N    so does every call from the Nth on, as when memory
 *                     runs out for good
 *   BP_FAIL_COUNT=F   at exit, write the number of calls made to file F
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void	*__libc_malloc(size_t);
void	*__libc_calloc(size_t, size_t);
void	*__libc_realloc(void *, size_t);
void	*__libc_memalign(size_t, size_t);
void	 __libc_free(void *);

static long	 fail_at = -1;
static long	 fail_from = -1;
static long	 calls;
static int	 ready;

static int
fails(void)
{
	const char	*e;

	if (!ready) {
		ready = 1;
		if ((e = getenv("BP_FAIL_AT")) != NULL)
			fail_at = strtol(e, NULL, 10);
		if ((e = getenv("BP_FAIL_FROM")) != NULL)
			fail_from = strtol(e, NULL, 10);
	}
	++calls;
	if (calls != fail_at && (fail_from < 0 || calls < fail_from))
		return 0;
	errno = ENOMEM;
	return 1;
}

void *
malloc(size_t n)
{
	return fails() ? NULL : __libc_malloc(n);
}

void *
calloc(size_t n, size_t size)
{
	return fails() ? NULL : __libc_calloc(n, size);
}

void *
realloc(void *p, size_t n)
{
	return fails() ? NULL : __libc_realloc(p, n);
}

void
free(void *p)
{
	__libc_free(p);
}

void *
memalign(size_t align, size_t n)
{
	return fails() ? NULL : __libc_memalign(align, n);
}

void *
aligned_alloc(size_t align, size_t n)
{
	return fails() ? NULL : __libc_memalign(align, n);
}

int
posix_memalign(void **p, size_t align, size_t n)
{
	if (fails())
		return ENOMEM;
	*p = __libc_memalign(align, n);
	return *p != NULL ? 0 : ENOMEM;
}

__attribute__((destructor)) static void
report(void)
{
	const char	*f = getenv("BP_FAIL_COUNT");
	char		 buf[32];
	int		 fd, n;

	if (f == NULL || (fd = open(f, O_WRONLY | O_CREAT | O_TRUNC, 0600)) < 0)
		return;
	n = snprintf(buf, sizeof(buf), "%ld\n", calls);
	if (write(fd, buf, (size_t)n) != n)
		n = 0;
	close(fd);
}
