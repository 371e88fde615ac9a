/* Allocation wrappers that report out-of-memory and exit, so callers never check NULL. */
#ifndef BP_ALLOC_H
#define BP_ALLOC_H

#include <stddef.h>

/*
 * Says "bpolpo: out of memory" on standard error and exits with the
 * status bp_oom_status() set (1 unless told: diff's trouble is 2): for
 * allocations made elsewhere (libraries) that fail.
 */
void	 bp_oom(void) __attribute__((noreturn));
void	 bp_oom_status(int);

/* Each returns memory the caller owns and frees with free(3). */
void	*bp_malloc(size_t);
void	*bp_calloc(size_t, size_t);
void	*bp_realloc(void *, size_t);
void	*bp_reallocarray(void *, size_t, size_t);
char	*bp_strdup(const char *);
char	*bp_strndup(const char *, size_t);

#endif
