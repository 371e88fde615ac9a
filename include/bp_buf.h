/* A growable byte buffer: renderers write into one, main.c writes it out. */
#ifndef BP_BUF_H
#define BP_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct bp_buf {
	char	*data;	/* always NUL-terminated once anything is written */
	size_t	 len;
	size_t	 cap;
};

void	 bp_buf_free(struct bp_buf *);	/* frees data, keeps the struct */
void	 bp_buf_putn(struct bp_buf *, const char *, size_t);
void	 bp_buf_puts(struct bp_buf *, const char *);
void	 bp_buf_putc(struct bp_buf *, char);
void	 bp_buf_repeat(struct bp_buf *, const char *, size_t);
void	 bp_buf_printf(struct bp_buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* Hands the contents to the caller (free with free(3)) and empties the buffer. */
char	*bp_buf_take(struct bp_buf *);

#endif
