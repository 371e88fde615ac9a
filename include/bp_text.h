/* Text for terminals: safe escaping, display width and line wrapping (libunistring). */
#ifndef BP_TEXT_H
#define BP_TEXT_H

#include <stddef.h>

#include "bp_buf.h"

/*
 * Appends s to out with every control character made visible: ESC as \e,
 * other C0 controls and DEL as \xHH, C1 controls and bidirectional
 * overrides as \uHHHH.  Tabs become a space; newlines are kept (they are
 * line breaks to the wrapper).  Invalid UTF-8 bytes become \xHH.
 */
void	bp_text_safe(struct bp_buf *out, const char *s, size_t len);
/* The same for one-line messages: a newline becomes \n too. */
void	bp_text_safe_line(struct bp_buf *out, const char *s, size_t len);

/* Display width in terminal columns of safe UTF-8 text, grapheme by grapheme. */
size_t	bp_text_width(const char *s, size_t len);

struct bp_line {
	size_t	 off;	/* byte offset into the wrapped text */
	size_t	 len;
	size_t	 width;	/* display width */
};

/*
 * Breaks safe text into lines no wider than width columns (at least 1) at
 * Unicode line-break opportunities; a newline forces a break; a word wider
 * than the line is split between grapheme clusters.  Trailing spaces are
 * dropped.  Returns the number of lines and sets *lines to an array the
 * caller frees with free(3).  Empty text gives no lines.
 */
size_t	bp_text_wrap(const char *s, size_t len, size_t width,
	    struct bp_line **lines);

/* Width of the widest word (unbreakable run) in safe text. */
size_t	bp_text_longest_word(const char *s, size_t len);

/*
 * Splits prose into paragraphs at blank lines; inside a paragraph a single
 * newline becomes a space and outer whitespace is trimmed.  Calls fn for
 * each non-empty paragraph.
 */
void	bp_text_paragraphs(const char *s, size_t len,
	    void (*fn)(const char *, size_t, void *), void *arg);

#endif
