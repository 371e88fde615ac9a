/* Growable output buffer shared by every renderer. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"

/*
 * Gives what the buffer holds to its sink and empties it; on failure
 * keeps the errno in error and drops this and all later output.  No-op
 * without a sink.
 */
static void
flush(struct bp_buf *b)
{
	if (b->sink == NULL || b->len == 0)
		return;
	if (b->error == 0)
		b->error = b->sink->write(b->sink, b->data, b->len);
	b->len = 0;
	b->data[0] = '\0';
}

/* The size at or over which a buffer with a sink flushes first. */
static size_t
flush_size(const struct bp_buf *b)
{
	return b->flush_at != 0 ? b->flush_at : BP_BUF_FLUSH_AT;
}

/* Whether the buffer is at or over its flush size, so it flushes first. */
static int
flush_due(const struct bp_buf *b)
{
	return b->sink != NULL && b->len >= flush_size(b);
}

/*
 * Makes room for more bytes and the NUL after them, flushing first if a
 * flush is due.  Every write calls it, or fits() and needs it not.
 */
static void
reserve(struct bp_buf *b, size_t more)
{
	size_t	 need;

	if (flush_due(b))
		flush(b);

	need = b->len + more + 1;
	if (need <= b->cap)
		return;
	if (b->cap == 0)
		b->cap = 256;
	while (b->cap < need)
		b->cap *= 2;
	b->data = bp_realloc(b->data, b->cap);
}

/*
 * Whether more bytes and their NUL fit as the buffer is, with no flush
 * due: reserve() would do nothing.  Most writes are a few bytes, and
 * this test is most of what they cost.
 */
static int
fits(const struct bp_buf *b, size_t more)
{
	return b->len + more < b->cap && !flush_due(b);
}

void
bp_buf_free(struct bp_buf *b)
{
	if (b == NULL)
		return;
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

/*
 * What bp_buf_putn() does when the bytes do not simply fit: apart, so
 * that the usual case is a few instructions and sets up no frame.
 */
static __attribute__((noinline)) void
putn_reserved(struct bp_buf *b, const char *s, size_t n)
{
	reserve(b, n);
	/* Nothing to copy may come as NULL (an empty buffer's data). */
	if (n > 0)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
bp_buf_putn(struct bp_buf *b, const char *s, size_t n)
{
	char	*p;

	if (!fits(b, n)) {
		putn_reserved(b, s, n);
		return;
	}
	p = b->data + b->len;
	if (n > 0)
		memcpy(p, s, n);
	p[n] = '\0';
	b->len += n;
}

char *
bp_buf_claim(struct bp_buf *b, size_t n)
{
	char	*p;

	/*
	 * A flush due now, or before a later piece: pieces of a byte or
	 * more start at most n - 1 bytes on.
	 */
	if (b->sink != NULL && (flush_due(b) || b->len + n > flush_size(b)))
		return NULL;
	if (!fits(b, n))
		reserve(b, n);
	p = b->data + b->len;
	b->len += n;
	b->data[b->len] = '\0';
	return p;
}

void
bp_buf_puts(struct bp_buf *b, const char *s)
{
	bp_buf_putn(b, s, strlen(s));
}

void
bp_buf_putc(struct bp_buf *b, char c)
{
	bp_buf_putn(b, &c, 1);
}

void
bp_buf_repeat(struct bp_buf *b, const char *s, size_t times)
{
	size_t	 n = strlen(s), i;
	char	*p;

	if (times == 0 || n == 0)
		return;
	/* Padding and rules are most of a table: room once, then copies. */
	reserve(b, n * times);
	p = b->data + b->len;
	if (n == 1)
		memset(p, s[0], times);
	else {
		/* The copies made so far copied again: log(times) calls. */
		memcpy(p, s, n);	/* NOLINT: terminated below */
		for (i = n; i < n * times; i *= 2)
			memcpy(p + i, p, i < n * times - i ? i :
			    n * times - i);	/* NOLINT: terminated below */
	}
	b->len += n * times;
	b->data[b->len] = '\0';
}

void
bp_buf_printf(struct bp_buf *b, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

char *
bp_buf_take(struct bp_buf *b)
{
	char	*p;

	if (b->data == NULL)
		return bp_strdup("");
	p = b->data;
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}
