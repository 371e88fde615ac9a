/*
 * HTML pages: what every page of bpolpo's is made of (render/html/): the
 * page around a document, its style, and data text made visible and
 * escaped, a piece at a time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "render/bp_html.h"

#ifndef BP_VERSION
#define BP_VERSION	"0"
#endif

/* Data text is made visible and escaped this many bytes at a time. */
#define PIECE	4096

/*
 * The style sheet.  System fonts, so nothing is fetched; colours as
 * custom properties, swapped for dark mode; below 40em the table's rows
 * become cards, each cell labelled by its column (data-label).
 */
static const char style[] =
    ":root{--fg:#1b1b1f;--bg:#fff;--muted:#555a63;--line:#d4d7dd;"
    "--head:#f2f4f7;--accent:#0b57d0;--edge:#0a6b2f}\n"
    "@media (prefers-color-scheme:dark){:root{--fg:#e6e7ea;--bg:#15171a;"
    "--muted:#a9aeb6;--line:#3a3f46;--head:#1f2329;--accent:#8ab4f8;"
    "--edge:#7fd49a}}\n"
    "*{box-sizing:border-box}\n"
    "html{color-scheme:light dark}\n"
    "body{margin:0 auto;max-width:60rem;padding:1rem 1.25rem 3rem;"
    "font:1rem/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,"
    "sans-serif;color:var(--fg);background:var(--bg)}\n"
    "h1{font-size:1.9rem;line-height:1.2;margin:.5rem 0}\n"
    "h2{font-size:1.35rem;margin:2rem 0 .5rem;padding-top:.25rem;"
    "border-top:1px solid var(--line)}\n"
    "h3{font-size:1.1rem;margin:1.5rem 0 .25rem}\n"
    "a{color:var(--accent)}\n"
    "p,li,td,th,h1,h2,h3{overflow-wrap:break-word}\n"
    ".updated,.note,.cites{color:var(--muted)}\n"
    "nav ol{padding-left:1.25rem}\n"
    "table{border-collapse:collapse;width:100%;margin:.5rem 0}\n"
    "caption{text-align:left;color:var(--muted);padding:.25rem 0}\n"
    "th,td{border:1px solid var(--line);padding:.4rem .6rem;"
    "text-align:left;vertical-align:top}\n"
    "thead th{background:var(--head)}\n"
    "tbody th{font-weight:600}\n"
    ".win{color:var(--edge);font-weight:700}\n"
    "mark{background:#fff3a3;color:#1b1b1f}\n"
    "code{font-family:ui-monospace,monospace;font-size:.9em;"
    "overflow-wrap:anywhere}\n"
    ".url{overflow-wrap:anywhere;word-break:break-word}\n"
    "@media (max-width:40em){\n"
    "table,thead,tbody,tr,th,td,caption{display:block;width:100%}\n"
    "thead tr{position:absolute;width:1px;height:1px;overflow:hidden;"
    "clip:rect(0 0 0 0);white-space:nowrap}\n"
    "tbody tr{border:1px solid var(--line);border-radius:.5rem;"
    "margin:0 0 .75rem;padding:.25rem .75rem}\n"
    "tbody th,tbody td{border:0;padding:.3rem 0}\n"
    "tbody th{font-size:1.05rem;border-bottom:1px solid var(--line)}\n"
    "tbody td::before{content:attr(data-label);display:block;"
    "font-size:.8rem;font-weight:600;color:var(--muted)}\n"
    "}\n"
    "@media print{nav{display:none}body{max-width:none;color:#000;"
    "background:#fff}a{color:#000}h2{break-after:avoid}"
    "tr,li{break-inside:avoid}"
    ".url::before{content:\"\"}}\n";

/* The entity for c, or NULL when c stands for itself. */
static const char *
entity(char c)
{
	switch (c) {
	case '&':
		return "&amp;";
	case '<':
		return "&lt;";
	case '>':
		return "&gt;";
	case '"':
		return "&quot;";
	case '\'':
		return "&#39;";
	default:
		return NULL;
	}
}

/* Text escaped for HTML: ours, known to hold no hidden character. */
void
bp_html_esc(struct bp_buf *out, const char *s, size_t len)
{
	const char	*e;
	size_t		 i, from;

	/* What needs no entity goes out a run at a time. */
	for (i = from = 0; i < len; i++)
		if ((e = entity(s[i])) != NULL) {
			bp_buf_putn(out, s + from, i - from);
			bp_buf_puts(out, e);
			from = i + 1;
		}
	bp_buf_putn(out, s + from, len - from);
}

/*
 * An id attribute's value or a link's fragment: PREFIX-ID.  Ids are
 * [a-z0-9-] once validated; escaped all the same, since the tests and
 * the fuzzer render documents that were not.
 */
void
bp_html_id(struct bp_buf *out, const char *prefix, const char *id)
{
	bp_buf_puts(out, prefix);
	if (id != NULL) {
		bp_buf_putc(out, '-');
		bp_html_esc(out, id, strlen(id));
	}
}

/*
 * Data text: hidden characters made visible, then escaped, a piece at a
 * time: a visible copy of a whole text would cost several times its
 * size, while out goes to its sink as it fills.
 */
void
bp_html_text(struct bp_buf *out, const char *s, size_t len)
{
	struct bp_buf	 safe = BP_BUF_INIT;
	size_t		 n;

	if (s == NULL || len == 0)
		return;
	for (; len > 0; s += n, len -= n) {
		n = bp_utf8_piece(s, len, PIECE);
		safe.len = 0;
		bp_text_safe(&safe, s, n);
		bp_html_esc(out, safe.data, safe.len);
	}
	bp_buf_free(&safe);
}

void
bp_html_t(struct bp_buf *out, const struct bp_text *t)
{
	bp_html_text(out, t->s, t->len);
}

/* An element around data text: <tag>text</tag>. */
void
bp_html_elem(struct bp_buf *out, const char *tag, const char *attrs,
    const char *s, size_t len)
{
	bp_buf_printf(out, "<%s%s>", tag, attrs);
	bp_html_text(out, s, len);
	bp_buf_printf(out, "</%s>\n", tag);
}

/* ---- The page around a document. ---- */

void
bp_html_page_start(struct bp_buf *out, const char *title, size_t len,
    const struct bp_text *updated, const char *more_style)
{
	bp_buf_puts(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"bpolpo " BP_VERSION "\">\n"
	    "<title>");
	bp_html_text(out, title, len);
	bp_buf_puts(out, "</title>\n<style>\n");
	bp_buf_puts(out, style);
	if (more_style != NULL)
		bp_buf_puts(out, more_style);
	bp_buf_puts(out, "</style>\n</head>\n<body>\n<header>\n");
	bp_html_elem(out, "h1", "", title, len);
	if (updated != NULL && updated->s != NULL) {
		bp_buf_puts(out, "<p class=\"updated\">Last updated: "
		    "<time datetime=\"");
		bp_html_t(out, updated);
		bp_buf_puts(out, "\">");
		bp_html_t(out, updated);
		bp_buf_puts(out, "</time></p>\n");
	}
	bp_buf_puts(out, "</header>\n");
}

void
bp_html_page_begin(struct bp_buf *out, const struct bp_doc *d)
{
	bp_html_page_start(out, d->title.s, d->title.len, &d->updated, NULL);
}

static void
page_end(struct bp_buf *out)
{
	bp_buf_puts(out, "<footer>\n<p class=\"note\">Made with bpolpo "
	    BP_VERSION ".</p>\n</footer>\n</body>\n</html>\n");
}

/* A command's page: the header, then its <main>; bp_html_page_close() ends both. */
void
bp_html_page_open(struct bp_buf *out, const struct bp_doc *d)
{
	bp_html_page_begin(out, d);
	bp_buf_puts(out, "<main>\n");
}

void
bp_html_page_close(struct bp_buf *out)
{
	bp_buf_puts(out, "</main>\n");
	page_end(out);
}

/* Prose: a <p> per paragraph, a list for consecutive items. */
struct prose {
	struct bp_buf	*out;
	int		 item;	/* inside a <ul> */
};

static void
para(enum bp_block kind, int first, const char *s, size_t len, void *arg)
{
	struct prose	*p = arg;

	(void)first;
	if (kind == BP_BLOCK_ITEM && !p->item)
		bp_buf_puts(p->out, "<ul>\n");
	else if (kind != BP_BLOCK_ITEM && p->item)
		bp_buf_puts(p->out, "</ul>\n");
	p->item = kind == BP_BLOCK_ITEM;
	bp_html_elem(p->out, p->item ? "li" : "p", "", s, len);
}

void
bp_html_prose(struct bp_buf *out, const struct bp_text *t)
{
	struct prose	 p = { out, 0 };

	if (t->s == NULL)
		return;
	bp_text_paragraphs(t->s, t->len, para, &p);
	if (p.item)
		bp_buf_puts(out, "</ul>\n");
}

/* A section of the page: <section id><h2>heading</h2>. */
void
bp_html_section(struct bp_buf *out, const char *id, const char *idsuffix,
    const char *s, size_t len)
{
	bp_buf_puts(out, "<section id=\"");
	bp_html_id(out, id, idsuffix);
	bp_buf_puts(out, "\">\n");
	bp_html_elem(out, "h2", "", s, len);
}


/* A command bpolpo suggests, in a code element: ours, escaped. */
void
bp_html_code(struct bp_buf *out, const char *s, size_t len)
{
	bp_buf_puts(out, "<code>");
	bp_html_text(out, s, len);
	bp_buf_puts(out, "</code>");
}
