/* The invariants of bpolpo's output, for the unit tests and the fuzzer. */
#define _XOPEN_SOURCE 700	/* wcswidth(3) */
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <cjson/cJSON.h>
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#include "bp_text.h"
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

/* A hidden character raw in s, or NULL. */
static const char *
raw_hidden(const char *s, size_t len, int newline_ok)
{
	size_t		 i, n;
	uint32_t	 c;

	for (i = 0; i < len; i += n) {
		n = bp_utf8_decode(s + i, len - i, &c);
		if (c == '\n' && newline_ok)
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
	if ((err = raw_hidden(plain, n, 1)) != NULL) {
		free(plain);
		return err;
	}
	for (start = 0, i = 0; i < n; i++) {
		if (plain[i] != '\n')
			continue;
		w = glibc_width(plain + start, i - start);
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

	if ((err = raw_hidden(out, len, 1)) != NULL)
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

/* Every tag of the HTML is one of ours, with no attribute but href="http(s)...". */
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
		    strncmp(p, "href=\"", 6) == 0 && http_url(p + 6))
			p = strchr(p + 6, '"') + 1;
		p += strspn(p, " /");
		if (p != q) {
			snprintf(msg, sizeof(msg), "HTML: attributes on <%s>: "
			    "%.*s", name, (int)(q - p), p);
			return msg;
		}
	}
	return NULL;
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
	const char	*err = NULL;
	char		*html;
	size_t		 i;
	int		 opts = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES;

	if ((err = raw_hidden(out, len, 1)) != NULL)
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
		if (!node_allowed(cmark_node_get_type_string(node))) {
			snprintf(msg, sizeof(msg), "Markdown: a %s node",
			    cmark_node_get_type_string(node));
			err = msg;
		} else if (cmark_node_get_type(node) == CMARK_NODE_LINK &&
		    !http_url(cmark_node_get_url(node))) {
			snprintf(msg, sizeof(msg), "Markdown: a link to '%.80s'",
			    cmark_node_get_url(node));
			err = msg;
		}
	}
	cmark_iter_free(it);
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
