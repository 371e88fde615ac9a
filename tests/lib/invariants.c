/* The invariants of bpolpo's output, for the unit tests and the fuzzer. */
#define _XOPEN_SOURCE 700	/* wcswidth(3) */
#include <locale.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <cjson/cJSON.h>
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#include "base/bp_text.h"
#include "invariants.h"

static char	 msg[512];

int
inv_setup(void)
{
	locale_t	 l = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);

	if (l == (locale_t)0)
		return 0;
	uselocale(l);
	return 1;
}

/* A hidden character raw in s, or NULL; the controls in ok may be raw. */
static const char *
raw_hidden(const char *s, size_t len, const char *ok)
{
	size_t		 i, n;
	uint32_t	 c;

	for (i = 0; i < len; i += n) {
		n = bp_utf8_decode(s + i, len - i, &c);
		if (c != 0 && c < 0x20 && strchr(ok, (int)c) != NULL)
			continue;
		if (c == 0xfffd && n == 1) {
			snprintf(msg, sizeof(msg), "invalid UTF-8 at byte %zu", i);
			return msg;
		}
		if (bp_char_hidden(c)) {
			snprintf(msg, sizeof(msg), "raw U+%04X at byte %zu",
			    (unsigned)c, i);
			return msg;
		}
	}
	return NULL;
}

/*
 * glibc's width of a line of UTF-8, wcswidth() but for characters it
 * does not know (newer than its Unicode), which a terminal draws one or
 * two columns wide: two.  Hidden characters were refused before this.
 * -1 for invalid UTF-8.
 */
static long
glibc_width(const char *s, size_t len)
{
	size_t		 i, n;
	uint32_t	 c;
	long		 w = 0;
	int		 k;

	for (i = 0; i < len; i += n) {
		n = bp_utf8_decode(s + i, len - i, &c);
		if (c == 0xfffd && n == 1)
			return -1;
		k = wcwidth((wchar_t)c);
		w += k < 0 ? 2 : k;
	}
	return w;
}

/*
 * The one line allowed to be too wide: one that is too wide only
 * because of whole http(s) URLs in it (without them, it fits).  The
 * wrapper never splits a URL, so that it can be copied whole.
 */
static int
url_line(const char *s, size_t len, size_t cols)
{
	size_t	 i, u, from = 0;
	long	 w, rest = 0;
	int	 urls = 0;

	for (i = 0; i < len; i++) {
		if ((s[i] != 'h' && s[i] != 'H') ||
		    (u = bp_url_len_text(s, len, i)) == 0)
			continue;
		if ((w = glibc_width(s + from, i - from)) < 0)
			return 0;
		rest += w;
		urls++;
		i += u;
		from = i--;
	}
	if ((w = glibc_width(s + from, len - from)) < 0)
		return 0;
	return urls > 0 && (size_t)(rest + w) <= cols;
}

const char *
inv_term(const char *out, size_t len, size_t cols, int color)
{
	const char	*err;
	char		*plain;
	size_t		 i, k, n = 0, start, line = 1;
	long		 w;

	if (len == 0)
		return NULL;
	if (out[len - 1] != '\n')
		return "output does not end with a newline";
	if ((plain = malloc(len + 1)) == NULL)
		return "out of memory";
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)out[i];

		/*
		 * bpolpo's own OSC 8 hyperlinks: ESC ] 8 ; ; URI ESC \, the
		 * URI printable ASCII, and nothing else in the sequence.
		 */
		if (c == 0x1b && i + 4 < len && memcmp(out + i, "\033]8;;",
		    5) == 0) {
			for (k = i + 5; k < len && out[k] > 0x20 &&
			    out[k] < 0x7f; k++)
				;
			if (k + 1 < len && out[k] == 0x1b &&
			    out[k + 1] == '\\') {
				i = k + 1;
				continue;
			}
		}
		/* bpolpo's own SGR: ESC [ digits and ';' m, with color only. */
		if (c == 0x1b && color && i + 1 < len && out[i + 1] == '[') {
			for (k = i + 2; k < len && ((out[k] >= '0' &&
			    out[k] <= '9') || out[k] == ';'); k++)
				;
			if (k < len && out[k] == 'm') {
				i = k;
				continue;
			}
		}
		plain[n++] = (char)c;
	}
	if ((err = raw_hidden(plain, n, "\n")) != NULL) {
		free(plain);
		return err;
	}
	for (start = 0, i = 0; i < n; i++) {
		if (plain[i] != '\n')
			continue;
		w = glibc_width(plain + start, i - start);
		if (w > 0 && (size_t)w > cols && url_line(plain + start,
		    i - start, cols))
			w = 0;
		if (w < 0 || (size_t)w > cols) {
			snprintf(msg, sizeof(msg), "line %zu %s %ld columns "
			    "(width %zu): %.*s", line, w < 0 ? "cannot be "
			    "measured:" : "is", w, cols, (int)(i - start > 200 ?
			    200 : i - start), plain + start);
			free(plain);
			return msg;
		}
		start = i + 1;
		line++;
	}
	free(plain);
	return NULL;
}

const char *
inv_json(const char *out, size_t len)
{
	const char	*err;
	cJSON		*doc;

	if ((err = raw_hidden(out, len, "\n")) != NULL)
		return err;
	doc = cJSON_ParseWithLength(out, len);
	if (doc == NULL)
		return "not valid JSON";
	cJSON_Delete(doc);
	return NULL;
}

/* Node types a bpolpo document may hold. */
static int	 struck_ok;	/* inv_markdown_struck(): ~~ is bpolpo's */

static int
node_allowed(const char *type)
{
	static const char *const ok[] = {
		"document", "paragraph", "heading", "list", "item", "text",
		"softbreak", "linebreak", "code", "strong", "emph", "link",
		"table", "table_header", "table_row", "table_cell",
	};
	size_t	 i;

	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (strcmp(type, ok[i]) == 0)
			return 1;
	return struck_ok && strcmp(type, "strikethrough") == 0;
}

const char *
inv_markdown_struck(const char *out, size_t len)
{
	const char	*err;

	struck_ok = 1;
	err = inv_markdown(out, len);
	struck_ok = 0;
	return err;
}

static int
http_url(const char *u)
{
	return u != NULL && (bp_ascii_ncasecmp(u, "http://", 7) == 0 ||
	    bp_ascii_ncasecmp(u, "https://", 8) == 0);
}

/* How many of s's first n bytes are in set. */
static size_t
span(const char *s, size_t n, const char *set)
{
	size_t	 i;

	for (i = 0; i < n && s[i] != '\0' && strchr(set, s[i]) != NULL; i++)
		;
	return i;
}

#define ID_CHARS	"abcdefghijklmnopqrstuvwxyz0123456789-"

/* The length of the id ([a-z0-9-]+) at s, up to a NUL: 0 if none. */
static size_t
id_len(const char *s)
{
	return strspn(s, ID_CHARS);
}

/* Whether u is '#' and an id, and nothing else: a link within the page. */
static int
fragment(const char *u)
{
	size_t	 n;

	return u != NULL && u[0] == '#' && (n = id_len(u + 1)) > 0 &&
	    u[1 + n] == '\0';
}

/* Whether s is bpolpo's anchor, <a id="ID">, and nothing else. */
static int
anchor_open(const char *s)
{
	size_t	 n;

	if (s == NULL || strncmp(s, "<a id=\"", 7) != 0)
		return 0;
	n = id_len(s + 7);
	return n > 0 && strcmp(s + 7 + n, "\">") == 0;
}

/* Names in a document: ids, or the links to them. */
struct name {
	const char	*s;
	size_t		 n;
};
struct names {
	struct name	*v;
	size_t		 n, cap;
};

static int
names_add(struct names *l, const char *s, size_t n)
{
	struct name	*v;

	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 32;
		if ((v = realloc(l->v, l->cap * sizeof(*v))) == NULL)
			return 0;
		l->v = v;
	}
	l->v[l->n].s = s;
	l->v[l->n++].n = n;
	return 1;
}

static int
name_cmp(const void *a, const void *b)
{
	const struct name	*x = a, *y = b;
	int			 c;

	c = memcmp(x->s, y->s, x->n < y->n ? x->n : y->n);
	return c != 0 ? c : (x->n > y->n) - (x->n < y->n);
}

/*
 * No id given twice, and every link within the page (refs) goes to one
 * of its ids; what names the format ("Markdown", "HTML").
 */
static const char *
names_check(struct names *ids, const struct names *refs, const char *what)
{
	size_t	 i;

	if (ids->n > 0)
		qsort(ids->v, ids->n, sizeof(*ids->v), name_cmp);
	for (i = 1; i < ids->n; i++)
		if (name_cmp(&ids->v[i - 1], &ids->v[i]) == 0) {
			snprintf(msg, sizeof(msg), "%s: id \"%.*s\" given "
			    "twice", what, (int)(ids->v[i].n > 80 ? 80 :
			    ids->v[i].n), ids->v[i].s);
			return msg;
		}
	for (i = 0; i < refs->n; i++)
		if (ids->n == 0 || bsearch(&refs->v[i], ids->v, ids->n,
		    sizeof(*ids->v), name_cmp) == NULL) {
			snprintf(msg, sizeof(msg), "%s: a link to \"#%.*s\", "
			    "which the page does not hold", what,
			    (int)(refs->v[i].n > 80 ? 80 : refs->v[i].n),
			    refs->v[i].s);
			return msg;
		}
	return NULL;
}

/*
 * Every tag of the HTML is one of ours, with no attribute but an <a>'s
 * href="http(s)..." or href="#ID", or id="ID" (ID: [a-z0-9-]+), and an
 * <ol>'s start="N".
 */
static const char *
html_allowed(const char *h)
{
	static const char *const tags[] = {
		"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
		"table", "thead", "tbody", "tr", "th", "td", "strong", "em",
		"code", "a", "br",
	};
	const char	*p, *q;
	char		 name[16];
	size_t		 n, i;

	for (p = h; (p = strchr(p, '<')) != NULL; p = q) {
		p++;
		if (*p == '/')
			p++;
		n = strspn(p, "abcdefghijklmnopqrstuvwxyz0123456789");
		if (n == 0 || n >= sizeof(name)) {
			snprintf(msg, sizeof(msg), "HTML: '<' not a tag: %.40s",
			    p - 1);
			return msg;
		}
		memcpy(name, p, n);
		name[n] = '\0';
		for (i = 0; i < sizeof(tags) / sizeof(tags[0]); i++)
			if (strcmp(name, tags[i]) == 0)
				break;
		if (i == sizeof(tags) / sizeof(tags[0]) &&
		    !(struck_ok && strcmp(name, "del") == 0)) {
			snprintf(msg, sizeof(msg), "HTML: element <%s>", name);
			return msg;
		}
		if ((q = strchr(p, '>')) == NULL)
			return "HTML: a tag without its end";
		p += n;
		p += strspn(p, " ");
		if (p < q && strcmp(name, "a") == 0 &&
		    strncmp(p, "href=\"", 6) == 0 && (http_url(p + 6) ||
		    (p[6] == '#' && (n = id_len(p + 7)) > 0 && p[7 + n] == '"')))
			p = strchr(p + 6, '"') + 1;
		else if (p < q && strcmp(name, "a") == 0 &&
		    strncmp(p, "id=\"", 4) == 0 && (n = id_len(p + 4)) > 0 &&
		    p[4 + n] == '"')
			p += 4 + n + 1;
		else if (p < q && strcmp(name, "ol") == 0 &&
		    strncmp(p, "start=\"", 7) == 0 &&
		    (n = strspn(p + 7, "0123456789")) > 0 && p[7 + n] == '"')
			p += 7 + n + 1;	/* a list that begins at n */
		p += strspn(p, " /");
		if (p != q) {
			snprintf(msg, sizeof(msg), "HTML: attributes on <%s>: "
			    "%.*s", name, (int)(q - p), p);
			return msg;
		}
	}
	return NULL;
}

/*
 * The one HTML a Markdown document may hold: bpolpo's anchor, an
 * <a id="ID"> at once closed by the </a> after it.  Its id goes to ids.
 */
static const char *
md_anchor(cmark_node *node, struct names *ids)
{
	const char	*lit = cmark_node_get_literal(node);
	cmark_node	*next = cmark_node_next(node);
	cmark_node	*prev = cmark_node_previous(node);

	if (anchor_open(lit) && next != NULL &&
	    cmark_node_get_type(next) == CMARK_NODE_HTML_INLINE &&
	    strcmp(cmark_node_get_literal(next), "</a>") == 0)
		return names_add(ids, lit + 7, id_len(lit + 7)) ? NULL :
		    "out of memory";
	if (lit != NULL && strcmp(lit, "</a>") == 0 && prev != NULL &&
	    cmark_node_get_type(prev) == CMARK_NODE_HTML_INLINE &&
	    anchor_open(cmark_node_get_literal(prev)))
		return NULL;
	snprintf(msg, sizeof(msg), "Markdown: HTML '%.80s'",
	    lit != NULL ? lit : "");
	return msg;
}

const char *
inv_markdown(const char *out, size_t len)
{
	static const char *const exts[] = {
		"table", "strikethrough", "autolink", "tagfilter", "tasklist",
	};
	cmark_parser	*parser;
	cmark_node	*doc, *node;
	cmark_iter	*it;
	cmark_event_type ev;
	struct names	 ids = { NULL, 0, 0 }, refs = { NULL, 0, 0 };
	const char	*err = NULL, *url;
	char		*html;
	size_t		 i;
	int		 opts = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES;

	if ((err = raw_hidden(out, len, "\n")) != NULL)
		return err;
	cmark_gfm_core_extensions_ensure_registered();
	parser = cmark_parser_new(opts);
	for (i = 0; i < sizeof(exts) / sizeof(exts[0]); i++)
		cmark_parser_attach_syntax_extension(parser,
		    cmark_find_syntax_extension(exts[i]));
	cmark_parser_feed(parser, out, len);
	doc = cmark_parser_finish(parser);
	it = cmark_iter_new(doc);
	while (err == NULL && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		if (ev != CMARK_EVENT_ENTER)
			continue;
		node = cmark_iter_get_node(it);
		url = cmark_node_get_url(node);
		if (cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE)
			err = md_anchor(node, &ids);
		else if (!node_allowed(cmark_node_get_type_string(node))) {
			snprintf(msg, sizeof(msg), "Markdown: a %s node",
			    cmark_node_get_type_string(node));
			err = msg;
		} else if (cmark_node_get_type(node) != CMARK_NODE_LINK)
			continue;
		else if (fragment(url)) {
			if (!names_add(&refs, url + 1, strlen(url + 1)))
				err = "out of memory";
		} else if (!http_url(url)) {
			snprintf(msg, sizeof(msg), "Markdown: a link to '%.80s'",
			    url);
			err = msg;
		}
	}
	cmark_iter_free(it);
	if (err == NULL)
		err = names_check(&ids, &refs, "Markdown");
	free(ids.v);
	free(refs.v);
	if (err == NULL) {
		html = cmark_render_html(doc, opts,
		    cmark_parser_get_syntax_extensions(parser));
		err = html_allowed(html);
		free(html);
	}
	cmark_node_free(doc);
	cmark_parser_free(parser);
	return err;
}

/* ---- HTML: a page of bpolpo's, every tag and attribute known. ---- */

/* The elements a page may hold; a void one has no end tag. */
static const struct {
	const char	*name;
	int		 isvoid;
} page_tags[] = {
	{ "html", 0 }, { "head", 0 }, { "meta", 1 }, { "title", 0 },
	{ "style", 0 }, { "body", 0 }, { "header", 0 }, { "nav", 0 },
	{ "main", 0 }, { "section", 0 }, { "article", 0 }, { "footer", 0 },
	{ "h1", 0 }, { "h2", 0 }, { "h3", 0 }, { "p", 0 }, { "ul", 0 },
	{ "ol", 0 }, { "li", 0 }, { "a", 0 }, { "table", 0 },
	{ "caption", 0 }, { "thead", 0 }, { "tbody", 0 }, { "tr", 0 },
	{ "th", 0 }, { "td", 0 }, { "time", 0 }, { "span", 0 }, { "br", 1 },
	{ "code", 0 }, { "mark", 0 }, { "strong", 0 }, { "del", 0 },
	{ "ins", 0 },
};
#define NTAGS	(sizeof(page_tags) / sizeof(page_tags[0]))

/* What an attribute's value must be. */
enum apat {
	A_ID,		/* [a-z0-9-]+, unique in the page */
	A_IDREF,	/* [a-z0-9-]+, an id of the page */
	A_CLASS,	/* [a-z-]+ */
	A_SCOPE,	/* col or row */
	A_DIGITS,
	A_DATE,		/* [0-9:TZ+.-]+ */
	A_TEXT,		/* escaped text */
	A_HREF,		/* #ID or an http(s) URL, the latter then rel */
	A_REL,		/* noopener noreferrer, after an http(s) href */
	A_LANG,		/* [A-Za-z-]+ */
	A_CHARSET,	/* utf-8 */
	A_METANAME	/* viewport or generator */
};

/* The attributes, each on its element (NULL: any). */
static const struct {
	const char	*tag;
	const char	*name;
	enum apat	 pat;
} page_attrs[] = {
	{ "html", "lang", A_LANG },
	{ "meta", "charset", A_CHARSET },
	{ "meta", "name", A_METANAME },
	{ "meta", "content", A_TEXT },
	{ NULL, "id", A_ID },
	{ NULL, "class", A_CLASS },
	{ NULL, "aria-labelledby", A_IDREF },
	{ "th", "scope", A_SCOPE },
	{ "ol", "start", A_DIGITS },
	{ "time", "datetime", A_DATE },
	{ "td", "data-label", A_TEXT },
	{ "a", "href", A_HREF },
	{ "a", "rel", A_REL },
};
#define NATTRS	(sizeof(page_attrs) / sizeof(page_attrs[0]))

#define MAX_DEPTH	64

struct page {
	const char	*s;
	size_t		 len;
	struct names	 ids, refs;
	size_t		 open[MAX_DEPTH];	/* page_tags indexes */
	size_t		 depth;
};

/* The message, where it is, and what the page holds there. */
static const char *
page_err(const struct page *pg, size_t at, const char *fmt, ...)
{
	char		 what[200];
	va_list		 ap;
	size_t		 n = pg->len - at < 60 ? pg->len - at : 60;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	snprintf(msg, sizeof(msg), "HTML: %s at byte %zu: %.*s", what, at,
	    (int)n, pg->s + at);
	return msg;
}

/* The length of the entity at s (one of the five bpolpo writes), or 0. */
static size_t
entity_len(const char *s, size_t n)
{
	static const char *const ok[] = {
		"&amp;", "&lt;", "&gt;", "&quot;", "&#39;",
	};
	size_t	 i, k;

	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if ((k = strlen(ok[i])) <= n && memcmp(s, ok[i], k) == 0)
			return k;
	return 0;
}

/* Text (between tags, or a value): no raw '>', every '&' an entity. */
static const char *
page_text(const struct page *pg, size_t from, size_t to)
{
	size_t	 i;

	for (i = from; i < to; i++)
		if (pg->s[i] == '>' || pg->s[i] == '<')
			return page_err(pg, i, "a raw '%c'", pg->s[i]);
		else if (pg->s[i] == '&' && entity_len(pg->s + i, to - i) == 0)
			return page_err(pg, i, "an '&' that starts no entity");
	return NULL;
}

/* Where needle is in s[0..n), case aside, or NULL. */
static const char *
ci_find(const char *s, size_t n, const char *needle)
{
	size_t	 i, k = strlen(needle);

	for (i = 0; i + k <= n; i++)
		if (bp_ascii_ncasecmp(s + i, needle, k) == 0)
			return s + i;
	return NULL;
}

/* An attribute's value, s[0..n), as its pattern has it. */
static int
value_ok(enum apat pat, const char *s, size_t n)
{
	switch (pat) {
	case A_ID:
	case A_IDREF:
		return n > 0 && span(s, n, ID_CHARS) == n;
	case A_CLASS:
		return n > 0 && span(s, n, "abcdefghijklmnopqrstuvwxyz-") == n;
	case A_SCOPE:
		return n == 3 && (memcmp(s, "col", 3) == 0 ||
		    memcmp(s, "row", 3) == 0);
	case A_DIGITS:
		return n > 0 && span(s, n, "0123456789") == n;
	case A_DATE:
		return n > 0 && span(s, n, "0123456789:TZ+.-") == n;
	case A_TEXT:
		return 1;
	case A_HREF:
		if (n > 1 && s[0] == '#')
			return span(s + 1, n - 1, ID_CHARS) == n - 1;
		/* http(s)://, a host, nothing blank, no backslash. */
		return ((n > 7 && bp_ascii_ncasecmp(s, "http://", 7) == 0) ||
		    (n > 8 && bp_ascii_ncasecmp(s, "https://", 8) == 0)) &&
		    memchr(s, ' ', n) == NULL && memchr(s, '\n', n) == NULL &&
		    memchr(s, '\t', n) == NULL && memchr(s, '\\', n) == NULL;
	case A_REL:
		return n == 19 && memcmp(s, "noopener noreferrer", 19) == 0;
	case A_LANG:
		return n > 0 && span(s, n, "abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ-") == n;
	case A_CHARSET:
		return n == 5 && bp_ascii_ncasecmp(s, "utf-8", 5) == 0;
	case A_METANAME:
		return (n == 8 && memcmp(s, "viewport", 8) == 0) ||
		    (n == 9 && memcmp(s, "generator", 9) == 0);
	}
	return 0;
}

/*
 * The tag at *pos ('<'): one of page_tags, each attribute one of
 * page_attrs, once, its value as its pattern has it.  *pos goes past
 * the tag's '>'; *tag is its page_tags index, *closing whether it ends
 * an element.
 */
static const char *
page_tag(struct page *pg, size_t *pos, size_t *tag, int *closing)
{
	const char	*s = pg->s, *q, *err;
	unsigned char	 seen[NATTRS];
	size_t		 i = *pos + 1, n, a, v, e, t;
	int		 http = 0;	/* the last attribute: an http(s) href */

	memset(seen, 0, sizeof(seen));
	*closing = i < pg->len && s[i] == '/';
	i += (size_t)*closing;
	n = span(s + i, pg->len - i, "abcdefghijklmnopqrstuvwxyz0123456789");
	for (t = 0; n > 0 && t < NTAGS; t++)
		if (strlen(page_tags[t].name) == n &&
		    memcmp(page_tags[t].name, s + i, n) == 0)
			break;
	if (n == 0)
		return page_err(pg, *pos, "a '<' that starts no tag");
	if (t == NTAGS)
		return page_err(pg, *pos, "an element not allowed");
	*tag = t;
	i += n;
	if (*closing) {
		if (i >= pg->len || s[i] != '>')
			return page_err(pg, *pos, "an end tag with more than "
			    "its name");
		*pos = i + 1;
		return NULL;
	}
	for (;;) {
		if (i >= pg->len)
			return page_err(pg, *pos, "a tag without its end");
		if (s[i] == '>')
			break;
		if (s[i] != ' ')
			return page_err(pg, i, "not an attribute");
		i++;
		n = span(s + i, pg->len - i, "abcdefghijklmnopqrstuvwxyz-");
		for (a = 0; n > 0 && a < NATTRS; a++)
			if (strlen(page_attrs[a].name) == n &&
			    memcmp(page_attrs[a].name, s + i, n) == 0 &&
			    (page_attrs[a].tag == NULL ||
			    strcmp(page_attrs[a].tag, page_tags[t].name) == 0))
				break;
		if (n == 0 || a == NATTRS)
			return page_err(pg, i, "an attribute not allowed on "
			    "<%s>", page_tags[t].name);
		if (seen[a]++)
			return page_err(pg, i, "an attribute given twice");
		if (http && page_attrs[a].pat != A_REL)
			return page_err(pg, i, "an http(s) link without "
			    "rel=\"noopener noreferrer\"");
		if (page_attrs[a].pat == A_REL && !http)
			return page_err(pg, i, "rel but after an http(s) href");
		i += n;
		if (pg->len - i < 2 || s[i] != '=' || s[i + 1] != '"')
			return page_err(pg, i, "an attribute without a quoted "
			    "value");
		v = i + 2;
		if ((q = memchr(s + v, '"', pg->len - v)) == NULL)
			return page_err(pg, v, "a value without its end");
		e = (size_t)(q - s);
		if ((err = page_text(pg, v, e)) != NULL)
			return err;
		if (!value_ok(page_attrs[a].pat, s + v, e - v))
			return page_err(pg, v, "%s with a value it does not "
			    "take", page_attrs[a].name);
		/* Text shows it, an http(s) URL's path may hold it. */
		if (page_attrs[a].pat != A_TEXT && (page_attrs[a].pat !=
		    A_HREF || s[v] == '#') &&
		    ci_find(s + v, e - v, "javascript:") != NULL)
			return page_err(pg, v, "javascript: in a value");
		http = page_attrs[a].pat == A_HREF && s[v] != '#';
		if ((page_attrs[a].pat == A_ID && !names_add(&pg->ids, s + v,
		    e - v)) || (page_attrs[a].pat == A_IDREF &&
		    !names_add(&pg->refs, s + v, e - v)) ||
		    (page_attrs[a].pat == A_HREF && s[v] == '#' &&
		    !names_add(&pg->refs, s + v + 1, e - v - 1)))
			return "out of memory";
		i = e + 1;
	}
	if (http)
		return page_err(pg, *pos, "an http(s) link without "
		    "rel=\"noopener noreferrer\"");
	*pos = i + 1;
	return NULL;
}

/*
 * The content of <style> or <title>, from i: no '<' until its end tag;
 * the style fetches nothing and runs nothing, the title is text.  The
 * end of the content, where its end tag is, goes to *end.
 */
static const char *
page_raw(const struct page *pg, size_t i, size_t t, size_t *end)
{
	static const char *const bad[] = {
		"url(", "@import", "expression(", "javascript:", "\\",
	};
	const char	*name = page_tags[t].name, *lt, *p;
	size_t		 k, n = strlen(name);

	lt = memchr(pg->s + i, '<', pg->len - i);
	if (lt == NULL || (size_t)(pg->s + pg->len - lt) < n + 3 ||
	    lt[1] != '/' || memcmp(lt + 2, name, n) != 0 || lt[n + 2] != '>')
		return page_err(pg, lt != NULL ? (size_t)(lt - pg->s) : i,
		    "a '<' inside <%s>", name);
	*end = (size_t)(lt - pg->s);
	if (strcmp(name, "title") == 0)
		return page_text(pg, i, *end);
	for (k = 0; k < sizeof(bad) / sizeof(bad[0]); k++)
		if ((p = ci_find(pg->s + i, *end - i, bad[k])) != NULL)
			return page_err(pg, (size_t)(p - pg->s), "%s in the "
			    "style", bad[k]);
	return NULL;
}

const char *
inv_html(const char *out, size_t len)
{
	static const char doctype[] = "<!DOCTYPE html>";
	struct page	 pg;
	const char	*err, *lt;
	size_t		 i, end, t = 0;
	int		 closing;

	if ((err = raw_hidden(out, len, "\n")) != NULL)
		return err;
	if (len < sizeof(doctype) - 1 ||
	    memcmp(out, doctype, sizeof(doctype) - 1) != 0)
		return "HTML: does not start with <!DOCTYPE html>";
	memset(&pg, 0, sizeof(pg));
	pg.s = out;
	pg.len = len;
	for (i = sizeof(doctype) - 1; i < len; ) {
		lt = memchr(out + i, '<', len - i);
		end = lt != NULL ? (size_t)(lt - out) : len;
		if ((err = page_text(&pg, i, end)) != NULL || lt == NULL)
			break;
		i = end;
		if ((err = page_tag(&pg, &i, &t, &closing)) != NULL)
			break;
		if (closing) {
			if (pg.depth == 0 || pg.open[pg.depth - 1] != t) {
				err = page_err(&pg, end, "</%s> where %s%s%s "
				    "is open", page_tags[t].name, pg.depth ==
				    0 ? "no element" : "<", pg.depth == 0 ?
				    "" : page_tags[pg.open[pg.depth - 1]].name,
				    pg.depth == 0 ? "" : ">");
				break;
			}
			pg.depth--;
			continue;
		}
		if (page_tags[t].isvoid)
			continue;
		if (pg.depth == MAX_DEPTH) {
			err = page_err(&pg, end, "elements nested too deep");
			break;
		}
		pg.open[pg.depth++] = t;
		if (strcmp(page_tags[t].name, "style") == 0 ||
		    strcmp(page_tags[t].name, "title") == 0) {
			if ((err = page_raw(&pg, i, t, &end)) != NULL)
				break;
			i = end;
		}
	}
	if (err == NULL && pg.depth > 0) {
		snprintf(msg, sizeof(msg), "HTML: <%s> is never closed",
		    page_tags[pg.open[pg.depth - 1]].name);
		err = msg;
	}
	if (err == NULL)
		err = names_check(&pg.ids, &pg.refs, "HTML");
	free(pg.ids.v);
	free(pg.refs.v);
	return err;
}

/* ---- CSV (RFC 4180) and TSV: a table a spreadsheet takes as text. ---- */

static const char *
sheet_err(int tsv, size_t rec, size_t field, const char *what)
{
	snprintf(msg, sizeof(msg), "%s: record %zu, field %zu: %s",
	    tsv ? "TSV" : "CSV", rec + 1, field + 1, what);
	return msg;
}

const char *
inv_csv(const char *out, size_t len, int tsv)
{
	const char	*err;
	char		 sep = tsv ? '\t' : ',', eol = tsv ? '\n' : '\r';
	size_t		 i = 0, rec, field, nfields = 0, start;
	int		 first;

	if ((err = raw_hidden(out, len, "\t\r\n")) != NULL)
		return err;
	if (len == 0)
		return tsv ? "TSV: no header" : "CSV: no header";
	for (rec = 0; i < len; rec++) {
		for (field = 0; ; field++) {
			first = -1;
			if (!tsv && i < len && out[i] == '"') {
				for (i++; ; i++) {
					if (i >= len)
						return sheet_err(tsv, rec, field,
						    "a quote never closed");
					if (out[i] == '"' && i + 1 < len &&
					    out[i + 1] == '"')
						i++;
					else if (out[i] == '"')
						break;
					else if ((out[i] == '\r' && (i + 1 ==
					    len || out[i + 1] != '\n')) ||
					    (out[i] == '\n' && out[i - 1] !=
					    '\r'))
						return sheet_err(tsv, rec, field,
						    "a line break not CRLF");
					if (first < 0)
						first = (unsigned char)out[i];
				}
				i++;
				if (i < len && out[i] != sep && out[i] != eol)
					return sheet_err(tsv, rec, field,
					    "text after the closing quote");
			} else {
				for (start = i; i < len && out[i] != sep &&
				    out[i] != eol; i++) {
					if (!tsv && (out[i] == '"' ||
					    out[i] == '\n'))
						return sheet_err(tsv, rec, field,
						    out[i] == '"' ? "a quote in "
						    "an unquoted field" : "an LF "
						    "without a CR");
					/*
					 * A reader that splits at tabs too
					 * would start a field there.
					 */
					if (!tsv && out[i] == '\t')
						return sheet_err(tsv, rec, field,
						    "a tab in an unquoted field");
					if (tsv && out[i] == '\r')
						return sheet_err(tsv, rec, field,
						    "a raw CR");
					if (tsv && out[i] == '\\' && (i + 1 ==
					    len || strchr("tnr\\",
					    out[i + 1]) == NULL ||
					    out[i + 1] == '\0'))
						return sheet_err(tsv, rec, field,
						    "a backslash that starts no "
						    "escape (\\t \\n \\r \\\\)");
					if (tsv && out[i] == '\\')
						i++;
				}
				if (i > start)
					first = (unsigned char)out[start];
			}
			/* OWASP's CSV injection: a formula, or a tab or CR before one. */
			if (first >= 0 && strchr(tsv ? "=+-@" : "=+-@\t\r",
			    first) != NULL)
				return sheet_err(tsv, rec, field, "begins as a "
				    "formula would, with no apostrophe");
			if (i >= len)
				return sheet_err(tsv, rec, field, "the last "
				    "record has no line end");
			if (out[i] == sep) {
				i++;
				continue;
			}
			if (!tsv && (i + 1 == len || out[i + 1] != '\n'))
				return sheet_err(tsv, rec, field, "a CR without "
				    "an LF");
			i += tsv ? 1 : 2;
			break;
		}
		if (rec == 0 && (nfields = field + 1) < 3)
			return sheet_err(tsv, rec, field, "a header of fewer "
			    "than 3 fields (Feature, a subject, Edge)");
		if (field + 1 != nfields) {
			snprintf(msg, sizeof(msg), "%s: record %zu has %zu "
			    "fields, the header %zu", tsv ? "TSV" : "CSV",
			    rec + 1, field + 1, nfields);
			return msg;
		}
	}
	return NULL;
}
