/* A growable byte buffer: renderers write into one; what it is given to write out to (a sink) decides where the bytes go. */
#ifndef BP_BUF_H
#define BP_BUF_H

#include <stdarg.h>
#include <stddef.h>

/*
 * With a sink, a buffer holding this many bytes or more writes them out
 * before it takes more: output costs a piece of memory, not its size.
 * Below it, output is written only at the end (bp_output_close()).
 */
#define BP_BUF_FLUSH_AT	((size_t)64 * 1024)

/*
 * Where a buffer's bytes go (bp_output.h makes one): write() takes len
 * bytes and returns 0, or an errno, after which it takes nothing more.
 */
struct bp_sink {
	int	(*write)(struct bp_sink *, const char *, size_t);
};

struct bp_buf {
	char		*data;	/* always NUL-terminated once anything is written */
	size_t		 len;
	size_t		 cap;
	struct bp_sink	*sink;	/* if set, what is written goes out in pieces */
	size_t		 flush_at;	/* a piece's size; 0: BP_BUF_FLUSH_AT */
	int		 error;	/* errno of a failed write to sink, else 0 */
};

#define BP_BUF_INIT	{ NULL, 0, 0, NULL, 0, 0 }

/*
 * A string literal and its length, for the functions that take both:
 * bp_buf_putn(b, LIT("Tie")).  A pointer in place of the literal does not
 * compile.
 */
#define LIT(s)		("" s ""), (sizeof(s) - 1)


void	 bp_buf_free(struct bp_buf *);	/* frees data, keeps the struct */
void	 bp_buf_putn(struct bp_buf *, const char *, size_t);
void	 bp_buf_puts(struct bp_buf *, const char *);
void	 bp_buf_putc(struct bp_buf *, char);
void	 bp_buf_repeat(struct bp_buf *, const char *, size_t);
/*
 * Room for n bytes at the end of the buffer, for the caller to fill, if
 * writing them in pieces of a byte or more with the functions above
 * would flush before none of them: one write then does what the pieces
 * would, to the same flushes.  Else NULL, and nothing is done: the
 * caller writes the pieces.
 */
char	*bp_buf_claim(struct bp_buf *, size_t n);
void	 bp_buf_printf(struct bp_buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* Hands the contents to the caller (free with free(3)) and empties the buffer. */
char	*bp_buf_take(struct bp_buf *);

#endif
