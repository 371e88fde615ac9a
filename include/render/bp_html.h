/*
 * What every HTML page of bpolpo's is made of (render/html/page.c), for
 * the files of render/html/ alone: the page around a document, and data
 * text made visible (bp_text_safe) and escaped, so that nothing from a
 * data file is ever markup.
 */
#ifndef BP_HTML_H
#define BP_HTML_H

#include <stddef.h>

#include "base/bp_buf.h"
#include "model/bp_doc.h"

/* Text escaped for HTML: ours, known to hold no hidden character. */
void	bp_html_esc(struct bp_buf *, const char *s, size_t len);
/* An id attribute's value or a link's fragment: PREFIX, or PREFIX-ID. */
void	bp_html_id(struct bp_buf *, const char *prefix, const char *id);
/* Data text, made visible and escaped a piece at a time; s NULL: none. */
void	bp_html_text(struct bp_buf *, const char *s, size_t len);
void	bp_html_t(struct bp_buf *, const struct bp_text *);
/* An element around data text: <tag attrs>text</tag> and a newline. */
void	bp_html_elem(struct bp_buf *, const char *tag, const char *attrs,
	    const char *s, size_t len);
/* A command bpolpo suggests, in a code element. */
void	bp_html_code(struct bp_buf *, const char *s, size_t len);
/* Prose: a <p> per paragraph, a list for consecutive items. */
void	bp_html_prose(struct bp_buf *, const struct bp_text *);
/* A section of the page: <section id="ID[-SUFFIX]"><h2>heading</h2>. */
void	bp_html_section(struct bp_buf *, const char *id, const char *idsuffix,
	    const char *s, size_t len);

/*
 * The page: its head (style inline, and more_style after it when not
 * NULL: bpolpo's own, for a page of one kind), then a header with the
 * title (data text) and the date when there is one;
 * bp_html_page_begin() takes both from a document.  bp_html_page_open() adds <main>, which
 * bp_html_page_close() ends with the page.
 */
void	bp_html_page_start(struct bp_buf *, const char *title, size_t len,
	    const struct bp_text *updated, const char *more_style);
void	bp_html_page_begin(struct bp_buf *, const struct bp_doc *);
void	bp_html_page_open(struct bp_buf *, const struct bp_doc *);
void	bp_html_page_close(struct bp_buf *);

struct bp_diff;
struct bp_opts;
/* diff: its page (render/html/diff.c). */
void	bp_html_diff(struct bp_buf *, const struct bp_opts *,
	    const struct bp_diff *, const char *oldname, const char *newname);

#endif
