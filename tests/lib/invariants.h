/*
 * The invariants every output of bpolpo holds, whatever the data, as
 * checks the unit tests and the fuzzer share.  Each returns NULL when the
 * output holds them, else a message (in a static buffer) that says where
 * it does not.
 */
#ifndef INVARIANTS_H
#define INVARIANTS_H

#include <stddef.h>

/*
 * Terminal text: every line, less bpolpo's own SGR sequences (only when
 * color is set), is no wider than cols as glibc's wcswidth() in C.UTF-8
 * measures it (a character glibc does not know counting two); no control character but the newline, no hidden character
 * (bp_char_hidden) reaches it raw; it ends with a newline.
 */
const char	*inv_term(const char *out, size_t len, size_t cols, int color);

/*
 * Markdown: parsed by cmark-gfm with every extension and rendered as HTML
 * with raw HTML allowed, it holds no HTML node and no image; its links
 * go to http(s) only; the HTML has only allowed elements and attributes.
 * No hidden character reaches it raw.
 */
const char	*inv_markdown(const char *out, size_t len);
/* The same where bpolpo's own ~~struck~~ text is allowed (diff's words removed). */
const char	*inv_markdown_struck(const char *out, size_t len);

/* JSON: one valid document (cJSON), no hidden character raw in it. */
const char	*inv_json(const char *out, size_t len);

/* Sets the calling thread's LC_CTYPE to C.UTF-8 for wcswidth(); 0 if none. */
int		 inv_setup(void);

#endif
