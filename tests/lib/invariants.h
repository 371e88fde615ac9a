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
 * color is set) and OSC 8 hyperlinks, is no wider than cols as glibc's
 * wcswidth() in C.UTF-8 measures it, but a line that a whole http(s)
 * URL makes too wide (the one exception: URLs are never split) (a character glibc does not know counting two); no control character but the newline, no hidden character
 * (bp_char_hidden) reaches it raw; it ends with a newline.
 */
const char	*inv_term(const char *out, size_t len, size_t cols, int color);

/*
 * Markdown: parsed by cmark-gfm with every extension and rendered as HTML
 * with raw HTML allowed, it holds no image and no HTML node but
 * bpolpo's anchors: an html_inline <a id="ID"> (ID: [a-z0-9-]+) with the
 * html_inline </a> right after it, nothing else; no id is given twice.
 * Its links go to http(s), or to "#ID" where the document has that
 * anchor.  The HTML has only allowed elements and attributes (on <a>,
 * href="http(s)...", href="#ID" or id="ID"; on <ol>, start="N").  No hidden character
 * reaches it raw.
 */
const char	*inv_markdown(const char *out, size_t len);
/* The same where bpolpo's own ~~struck~~ text is allowed (diff's words removed). */
const char	*inv_markdown_struck(const char *out, size_t len);

/* JSON: one valid document (cJSON), no hidden character raw in it. */
const char	*inv_json(const char *out, size_t len);

/*
 * HTML: a page of bpolpo's.  No hidden character raw (but the newline);
 * it begins with <!DOCTYPE html>; every '<' starts a tag of an allowed
 * element (html head meta title style body header nav main section
 * article footer h1 h2 h3 p ul ol li a table caption thead tbody tr th
 * td time span br code mark strong del ins) or its end tag, elements nest and close as they
 * open (meta and br are void).  A tag holds only allowed attributes,
 * each once, as name="value", the value without a raw '<', '>' or '"'
 * and as its attribute has it: lang on html; charset="utf-8", name
 * (viewport, generator) and content on meta; id=[a-z0-9-]+, unique in
 * the page; class=[a-z-]+; aria-labelledby=an id of the page;
 * scope=col|row on th; start=digits on ol; datetime on time;
 * data-label=escaped text on td; href on a: "#ID" (an id of the page)
 * or an http(s) URL followed by rel="noopener noreferrer".  Text and
 * values hold no raw '>', and each '&' starts &amp; &lt; &gt; &quot; or
 * &#39;.  <title> holds text only; <style> no '<' at all, no url(,
 * @import, expression( or backslash.  So: no <script>, no src=, no
 * event handler, and "javascript:" nowhere but in text (shown, inert)
 * and an http(s) URL's path.
 */
const char	*inv_html(const char *out, size_t len);

/*
 * CSV (tsv 0: RFC 4180) or TSV: no hidden character raw but the tab, CR
 * and LF.  Every record parses: in CSV fields are bare or quoted ("" a
 * quote), a tab is only in a quoted one, a line break (in a quoted field
 * too) is CRLF, and a record ends with one; in TSV a record ends with LF, there is no raw CR, and
 * each backslash starts \t, \n, \r or \\.  All records have as
 * many fields as the header, at least 3 (Feature, a subject, Edge).  No
 * field begins with = + - @ (nor, in CSV, a tab or a CR): a spreadsheet
 * would take it for a formula (bpolpo puts an apostrophe before).
 */
const char	*inv_csv(const char *out, size_t len, int tsv);

/* Sets the calling thread's LC_CTYPE to C.UTF-8 for wcswidth(); 0 if none. */
int		 inv_setup(void);

#endif
