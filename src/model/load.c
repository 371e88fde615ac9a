/* Loader: libyaml events straight into a bp_doc, by the schema's tables, limits enforced on the way. */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include <yaml.h>

#include "base/bp_alloc.h"
#include "base/bp_arena.h"
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_suggest.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "model/bp_problem.h"
#include "model/bp_schema.h"

#define MAX_DEPTH	64	/* far deeper than format 1 needs */
#define WINDOW		((size_t)128 * 1024)	/* input kept for messages */
#define ADOPT_AT	((size_t)64 * 1024)	/* texts this long are not copied */
#define SMALL_LIST	((size_t)4096)		/* lists this small go in the arena */

enum nkind {
	N_SCALAR,
	N_SEQ,
	N_MAP,
	N_SCALAR_OR_SEQ		/* what is wanted only: an edge */
};

static const char *const kind_names[] = {
	"text",			/* N_SCALAR */
	"a list",		/* N_SEQ */
	"a mapping",		/* N_MAP */
	"text or a list",	/* N_SCALAR_OR_SEQ */
};

/* The keys of one mapping no table knows: repeats must be found too. */
struct keyset {
	uint64_t	*v;		/* open addressing; 0: empty */
	size_t		 n, cap;
};

struct loader {
	yaml_parser_t	 parser;
	struct bp_diags	*diags;
	yaml_event_t	 ev;		/* the current event */
	int		 live;		/* ev holds one, to be deleted */
	yaml_event_t	 ahead;		/* the next one, when peeked */
	int		 peeked;
	int		 failed;	/* a fatal problem: stop */
	struct bp_doc	*doc;
	size_t		 held;		/* bytes of the item lists */
	size_t		 building[3];	/* bytes of lists being read, by room */
	/* The input: in memory, or read from fd with a window kept. */
	const char	*text;
	size_t		 len;
	int		 fd;
	size_t		 limit;
	size_t		 nread;		/* bytes read from fd (BOM not counted) */
	int		 read_errno;
	char		*win;		/* the last bytes read, from wstart on */
	size_t		 wlen, wstart;
	struct bp_mark	 wmark;		/* line:col of wstart */
	/* Room to build lists in before they are handed to the document. */
	struct bp_text	*tmp;
	size_t		 tmpcap;
	struct bp_value	*vals;
	size_t		 valcap;
	struct bp_choice *chs;
	size_t		 chcap;
};

static struct bp_mark
mark_of(yaml_mark_t m)
{
	struct bp_mark	 at;

	/* libyaml counts from 0; people count from 1. */
	at.line = (unsigned int)m.line + 1;
	at.col = (unsigned int)m.column + 1;
	return at;
}

static struct bp_mark
here(const struct loader *l)
{
	return mark_of(l->ev.start_mark);
}

/* ---- The input, and the window of it kept for messages. ---- */

/* Moves the window's start to keep at most WINDOW bytes in it. */
static void
window_add(struct loader *l, const unsigned char *buf, size_t n)
{
	size_t	 drop, i;

	if (l->win == NULL)
		l->win = bp_malloc(2 * WINDOW);
	if (n > WINDOW) {
		/* Only the end of a big read can matter. */
		window_add(l, buf, n - WINDOW);
		buf += n - WINDOW;
		n = WINDOW;
	}
	if (l->wlen + n > 2 * WINDOW) {
		drop = l->wlen + n - WINDOW;
		if (drop > l->wlen)
			drop = l->wlen;
		for (i = 0; i < drop; i++) {
			if (l->win[i] == '\n') {
				l->wmark.line++;
				l->wmark.col = 1;
			} else if (((unsigned char)l->win[i] & 0xc0) != 0x80)
				l->wmark.col++;
		}
		memmove(l->win, l->win + drop, l->wlen - drop);
		l->wlen -= drop;
		l->wstart += drop;
	}
	memcpy(l->win + l->wlen, buf, n);
	l->wlen += n;
}

/*
 * The input from byte off on: sets *p and returns how many bytes there
 * are (0 when off is gone from the window), and the line:col of off's
 * earliest known neighbour in *at.
 */
static size_t
input_from(const struct loader *l, size_t off, const char **p)
{
	if (l->text != NULL) {
		*p = l->text + off;
		return off < l->len ? l->len - off : 0;
	}
	if (off < l->wstart || off >= l->wstart + l->wlen)
		return 0;
	*p = l->win + (off - l->wstart);
	return l->wstart + l->wlen - off;
}

/* Where the input starts as far as it is kept: its offset and line:col. */
static size_t
kept_start(const struct loader *l, struct bp_mark *at)
{
	if (l->text != NULL) {
		at->line = at->col = 1;
		return 0;
	}
	*at = l->wmark;
	return l->wstart;
}

/* Line and column (in characters) of a byte offset into the input. */
static struct bp_mark
offset_mark(const struct loader *l, size_t off)
{
	struct bp_mark	 at;
	const char	*p;
	size_t		 from = kept_start(l, &at), n, i;

	if (off < from || (n = input_from(l, from, &p)) == 0)
		return at;
	for (i = 0; i < n && from + i < off; i++) {
		if (p[i] == '\n') {
			at.line++;
			at.col = 1;
		} else if (((unsigned char)p[i] & 0xc0) != 0x80)
			at.col++;
	}
	return at;
}

/*
 * The byte at a libyaml mark (0-based line and column in characters), or
 * -1 when it is not known: libyaml's index counts characters, not bytes.
 */
static int
byte_at(const struct loader *l, yaml_mark_t m)
{
	struct bp_mark	 at;
	const char	*p;
	size_t		 from = kept_start(l, &at), n, i, line, col;
	unsigned char	 c;

	if ((n = input_from(l, from, &p)) == 0)
		return -1;
	line = at.line - 1;
	col = at.col - 1;
	if (m.line < line || (m.line == line && m.column < col))
		return -1;
	for (i = 0; i < n; i++) {
		c = (unsigned char)p[i];
		if ((c & 0xc0) == 0x80)
			continue;	/* inside a character */
		if (line == m.line && col == m.column)
			return c;
		if (c == '\n') {
			if (line++ == m.line)
				return -1;
			col = 0;
		} else
			col++;
	}
	return -1;
}

/* libyaml's input handler for a descriptor: counts, limits, drops a BOM. */
static int
read_fd(void *data, unsigned char *buf, size_t size, size_t *got)
{
	struct loader	*l = data;
	ssize_t		 n;

	do
		n = read(l->fd, buf, size);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		l->read_errno = errno;
		return 0;
	}
	if (l->nread == 0 && n >= 3 && memcmp(buf, LIT("\xef\xbb\xbf")) == 0) {
		memmove(buf, buf + 3, (size_t)n - 3);
		n -= 3;
	}
	l->nread += (size_t)n;
	bp_diags_input(l->diags, l->nread);
	if (l->nread > l->limit) {
		l->read_errno = EFBIG;
		return 0;
	}
	window_add(l, buf, (size_t)n);
	*got = (size_t)n;
	return 1;
}

/* ---- Hints for what YAML's own words leave unclear. ---- */

/*
 * The bytes of line (counted from 0), without its newline, as far as
 * the input is kept: sets *s and returns the length, or -1.
 */
static long
kept_line(const struct loader *l, size_t line, const char **s)
{
	struct bp_mark	 at;
	const char	*p, *nl;
	size_t		 from = kept_start(l, &at), n, i, cur;

	if ((n = input_from(l, from, &p)) == 0 || line + 1 < at.line)
		return -1;
	cur = at.line - 1;
	/* The first line kept may be a part of one: only whole ones count. */
	if (at.col != 1 && line + 1 == at.line)
		return -1;
	if (at.col != 1) {
		if ((nl = memchr(p, '\n', n)) == NULL)
			return -1;
		i = (size_t)(nl - p) + 1;
		cur++;
	} else
		i = 0;
	for (; cur < line; cur++) {
		if ((nl = memchr(p + i, '\n', n - i)) == NULL)
			return -1;
		i = (size_t)(nl - p) + 1;
	}
	if (i >= n)
		return -1;
	*s = p + i;
	nl = memchr(p + i, '\n', n - i);
	n = nl != NULL ? (size_t)(nl - (p + i)) : n - i;
	/* A CRLF file's lines end in '\r' too: not a part of the text. */
	if (n > 0 && p[i + n - 1] == '\r')
		n--;
	return (long)n;
}

/* A line of YAML as the hints read it. */
struct yline {
	size_t	 indent;	/* spaces before its text */
	size_t	 inner;		/* where a mapping in it starts: after "- " */
	int	 content;	/* neither blank nor a comment */
	int	 opens;		/* ends in ':' or a block scalar's '|', '>' */
};

static void
yline_read(const char *s, size_t n, struct yline *y)
{
	size_t	 i, end;

	memset(y, 0, sizeof(*y));
	while (y->indent < n && s[y->indent] == ' ')
		y->indent++;
	y->inner = y->indent;
	while (y->inner + 1 < n && s[y->inner] == '-' && s[y->inner + 1] == ' ')
		for (y->inner += 2; y->inner < n && s[y->inner] == ' ';)
			y->inner++;
	y->content = y->indent < n && s[y->indent] != '#';
	/* The end of its text, before a comment. */
	for (end = n, i = y->indent; i < n; i++)
		if (s[i] == '#' && i > 0 && s[i - 1] == ' ') {
			end = i;
			break;
		}
	while (end > y->indent && s[end - 1] == ' ')
		end--;
	for (i = end; i > y->indent && strchr("+-0123456789", s[i - 1]); i--)
		;
	y->opens = end > y->indent && (s[end - 1] == ':' ||
	    (i > y->indent && (s[i - 1] == '|' || s[i - 1] == '>') &&
	    (i == y->indent + 1 || s[i - 2] == ' ')));
}

/*
 * When line (from 0) is indented unlike the keys of its mapping, says so
 * into msg and returns 1: the nearest line above it that is less deep
 * must open a block for it, or hold keys at its depth.
 */
static int
indent_hint(const struct loader *l, size_t line, struct bp_buf *msg)
{
	struct yline	 y, p;
	const char	*s;
	long		 n;
	size_t		 up;

	if ((n = kept_line(l, line, &s)) < 0)
		return 0;
	yline_read(s, (size_t)n, &y);
	for (up = line; up-- > 0 && line - up < 200;) {
		if ((n = kept_line(l, up, &s)) < 0)
			return 0;
		yline_read(s, (size_t)n, &p);
		if (!p.content || p.indent > y.indent)
			continue;
		if (p.indent == y.indent || p.inner == y.indent || p.opens)
			return 0;
		bp_buf_printf(msg, "this line is indented %zu space%s, the keys "
		    "before it %zu (line %zu): the keys of one mapping line up",
		    y.indent, y.indent == 1 ? "" : "s", p.inner, up + 1);
		return 1;
	}
	return 0;
}

/* Whether s[0..n) could be a key of the format: a word, no spaces. */
static int
key_like(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' &&
		    s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') ||
		    s[i] == '-' || s[i] == '_'))
			return 0;
	return n > 0;
}

/*
 * Whether the line s (n bytes, from its key) is "key: 'text' more": a
 * quoted value with more text after its closing quote.
 */
static int
quote_ends_early(const char *s, size_t n)
{
	size_t	 i = 0;
	char	 q;

	while (i < n && key_like(s + i, 1))
		i++;
	if (i == 0 || i + 2 >= n || s[i] != ':' || s[i + 1] != ' ')
		return 0;
	for (i += 2; i < n && s[i] == ' '; i++)
		;
	if (i == n || (s[i] != '"' && s[i] != '\''))
		return 0;
	for (q = s[i++]; i < n; i++) {
		/* An escape ("\"") or a doubled quote ('it''s') goes on. */
		int esc = (q == '"' && s[i] == '\\') ||
		    (q == '\'' && s[i] == q && i + 1 < n && s[i + 1] == q);

		if (esc && i + 1 < n)
			i++;
		else if (s[i] == q)
			break;
	}
	if (i == n)
		return 0;	/* goes on to the next line */
	for (i++; i < n && (s[i] == ' ' || s[i] == '\r'); i++)
		;
	return i < n && s[i] != '#';
}

/*
 * A hint for a problem YAML reports in its own words, into msg, and where
 * it is; returns the problem the hint names, or BP_P_YAML_SYNTAX when
 * the cause is not known.  An unquoted ": " inside text makes YAML read
 * a key where none may be; a key indented unlike its neighbours makes it
 * read the line as part of something else.
 */
static enum bp_problem
yaml_hint(const struct loader *l, const yaml_parser_t *p, struct bp_buf *msg,
    struct bp_mark *at)
{
	struct yline	 y;
	const char	*s, *colon;
	long		 n;
	size_t		 line = p->problem_mark.line, col = 0, i;

	if (p->problem == NULL || (n = kept_line(l, line, &s)) < 0)
		return BP_P_YAML_SYNTAX;
	yline_read(s, (size_t)n, &y);
	if ((strcmp(p->problem, "mapping values are not allowed in this "
	    "context") == 0 || strcmp(p->problem, "did not find expected "
	    "key") == 0) && quote_ends_early(s + y.inner, (size_t)n - y.inner)) {
		bp_buf_puts(msg, "text goes on after its closing quote: put "
		    "all of the text in the quotes");
		return BP_P_TEXT_AFTER_QUOTE;
	}
	if (strcmp(p->problem, "mapping values are not allowed in this "
	    "context") == 0) {
		/* The byte of the problem's column (columns count characters). */
		for (i = 0; i < (size_t)n && col < p->problem_mark.column; i++)
			if (((unsigned char)s[i] & 0xc0) != 0x80)
				col++;
		colon = memchr(s + y.inner, ':', i > y.inner ? i - y.inner : 0);
		/* "key: text: more", or text that goes on from a line above. */
		if ((colon != NULL && colon + 1 < s + i && colon[1] == ' ') ||
		    (colon == NULL && !key_like(s + y.inner, i - y.inner))) {
			bp_buf_puts(msg, "text that is not quoted holds ': ', "
			    "which YAML reads as a key: put the text in quotes "
			    "(\"...\") or in a block after '|'");
			return BP_P_UNQUOTED_COLON;
		}
	}
	if (y.content && indent_hint(l, line, msg)) {
		at->line = (unsigned)line + 1;
		at->col = (unsigned)y.indent + 1;
		return BP_P_BAD_INDENT;
	}
	return BP_P_YAML_SYNTAX;
}

static void
syntax_error(struct loader *l)
{
	yaml_parser_t	*p = &l->parser;
	struct bp_buf	 hint = BP_BUF_INIT;
	struct bp_mark	 at;
	enum bp_problem	 problem;

	at = mark_of(p->problem_mark);
	if (p->error == YAML_READER_ERROR && l->read_errno == EFBIG) {
		if (l->limit % ((size_t)1024 * 1024) == 0)
			bp_problem(l->diags, BP_P_FILE_TOO_LARGE,
			    (struct bp_mark){ 0, 0 },
			    "larger than the %zu MiB limit",
			    l->limit / 1024 / 1024);
		else
			bp_problem(l->diags, BP_P_FILE_TOO_LARGE,
			    (struct bp_mark){ 0, 0 },
			    "larger than the limit of %zu bytes", l->limit);
	} else if (p->error == YAML_READER_ERROR && l->read_errno != 0) {
		bp_problem(l->diags, BP_P_READ_ERROR, (struct bp_mark){ 0, 0 },
		    "%s", strerror(l->read_errno));
	} else if (p->error == YAML_READER_ERROR) {
		/* The reader gives a byte offset, not a mark. */
		at = offset_mark(l, p->problem_offset);
		/* A character YAML refuses, not a broken encoding. */
		problem = p->problem != NULL && strcmp(p->problem, "control "
		    "characters are not allowed") == 0 ?
		    BP_P_CONTROL_CHARACTER : BP_P_INVALID_UTF8;
		if (p->problem_value >= 0)
			bp_problem(l->diags, problem, at, "%s (0x%02x)",
			    p->problem, (unsigned)p->problem_value);
		else
			bp_problem(l->diags, problem, at, "%s", p->problem);
	} else if (p->error == YAML_MEMORY_ERROR) {
		bp_oom();
	} else if (byte_at(l, p->problem_mark) == '\t') {
		/* libyaml's words for it are no help to a person. */
		bp_problem(l->diags, BP_P_TAB_INDENT, at,
		    "a tab here: YAML indents with spaces only");
	} else if ((problem = yaml_hint(l, p, &hint, &at)) !=
	    BP_P_YAML_SYNTAX) {
		bp_problem(l->diags, problem, at, "%s", hint.data);
	} else if (p->context != NULL) {
		bp_problem(l->diags, BP_P_YAML_SYNTAX, at, "%s %s",
		    p->problem ? p->problem : "syntax error", p->context);
	} else {
		bp_problem(l->diags, BP_P_YAML_SYNTAX, at, "%s",
		    p->problem ? p->problem : "syntax error");
	}
	bp_buf_free(&hint);
	l->failed = 1;
}

/* ---- Events. ---- */

/* Makes the next event current.  Returns 0 after a fatal problem. */
static int
next(struct loader *l)
{
	if (l->live) {
		yaml_event_delete(&l->ev);
		l->live = 0;
	}
	if (l->failed)
		return 0;
	if (l->peeked) {
		l->ev = l->ahead;
		l->peeked = 0;
	} else if (!yaml_parser_parse(&l->parser, &l->ev)) {
		syntax_error(l);
		return 0;
	}
	l->live = 1;
	return 1;
}

/*
 * Reads the event after the current one ahead of time.  Returns 0 after
 * a fatal problem: then what ended just before it (a mapping cut short by
 * a line indented too little) is its doing, not a problem of its own.
 */
static int
peek(struct loader *l)
{
	if (l->failed)
		return 0;
	if (l->peeked)
		return 1;
	if (!yaml_parser_parse(&l->parser, &l->ahead)) {
		syntax_error(l);
		return 0;
	}
	l->peeked = 1;
	return 1;
}

static void
fatal(struct loader *l, enum bp_problem problem, struct bp_mark at,
    const char *msg)
{
	bp_problem(l->diags, problem, at, "%s", msg);
	l->failed = 1;
}

/* Tags the core schema allows; anything else is a type this format has no use for. */
static int
tag_allowed(const yaml_char_t *tag)
{
	static const char *const ok[] = {
		"tag:yaml.org,2002:str", "tag:yaml.org,2002:int",
		"tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
		"tag:yaml.org,2002:null", "tag:yaml.org,2002:seq",
		"tag:yaml.org,2002:map", "!",
	};
	size_t	 i;

	if (tag == NULL)
		return 1;
	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (strcmp((const char *)tag, ok[i]) == 0)
			return 1;
	return 0;
}

/*
 * Checks what every node must be, whatever its place: no alias, anchor or
 * strange tag, not too deep, no NUL in text.  The current event starts
 * the node.  Returns its kind, or -1 after a fatal problem.
 */
static int
node(struct loader *l, size_t depth)
{
	yaml_event_t	*ev = &l->ev;
	yaml_char_t	*anchor, *tag;
	enum nkind	 k;

	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		fatal(l, BP_P_ANCHOR_OR_ALIAS, here(l),
		    "aliases are not supported in this format");
		return -1;
	case YAML_SCALAR_EVENT:
		anchor = ev->data.scalar.anchor;
		tag = ev->data.scalar.tag;
		k = N_SCALAR;
		break;
	case YAML_SEQUENCE_START_EVENT:
		anchor = ev->data.sequence_start.anchor;
		tag = ev->data.sequence_start.tag;
		k = N_SEQ;
		break;
	case YAML_MAPPING_START_EVENT:
		anchor = ev->data.mapping_start.anchor;
		tag = ev->data.mapping_start.tag;
		k = N_MAP;
		break;
	default:
		/* Where a node must be, libyaml gives one: syntax, if ever. */
		fatal(l, BP_P_YAML_SYNTAX, here(l), "unexpected YAML event");
		return -1;
	}
	if (anchor != NULL) {
		fatal(l, BP_P_ANCHOR_OR_ALIAS, here(l),
		    "anchors are not supported in this format");
		return -1;
	}
	if (!tag_allowed(tag)) {
		bp_problem(l->diags, BP_P_UNSUPPORTED_TAG, here(l),
		    "unsupported tag '%s'",
		    (const char *)tag);
		l->failed = 1;
		return -1;
	}
	if (k != N_SCALAR && depth >= MAX_DEPTH) {
		bp_problem(l->diags, BP_P_TOO_DEEP, here(l),
		    "nesting deeper than %d levels", MAX_DEPTH);
		l->failed = 1;
		return -1;
	}
	/* "\0" in a quoted scalar: no text in this format needs one. */
	if (k == N_SCALAR && memchr(ev->data.scalar.value, '\0',
	    ev->data.scalar.length) != NULL) {
		fatal(l, BP_P_CONTROL_CHARACTER, here(l),
		    "text contains a NUL character");
		return -1;
	}
	return (int)k;
}

/*
 * Skips the node of kind k that the current event starts, checking every
 * node inside it, and builds nothing.  Returns 0 after a fatal problem.
 */
static int
skip(struct loader *l, int k, size_t depth)
{
	size_t	 open = k == N_SCALAR ? 0 : 1;
	int	 kk;

	while (open > 0) {
		if (!next(l))
			return 0;
		if (l->ev.type == YAML_SEQUENCE_END_EVENT ||
		    l->ev.type == YAML_MAPPING_END_EVENT) {
			open--;
			continue;
		}
		if ((kk = node(l, depth + open)) < 0)
			return 0;
		if (kk != N_SCALAR)
			open++;
	}
	return 1;
}

/* Moves to the next event, which starts a node; returns its kind or -1. */
static int
next_node(struct loader *l, size_t depth)
{
	if (!next(l))
		return -1;
	return node(l, depth);
}

static int
is_null(const struct loader *l)
{
	const yaml_event_t	*ev = &l->ev;
	const char		*s = (const char *)ev->data.scalar.value;

	if (ev->type != YAML_SCALAR_EVENT ||
	    ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return 0;
	return ev->data.scalar.length == 0 || strcmp(s, "~") == 0 ||
	    strcmp(s, "null") == 0 || strcmp(s, "Null") == 0 ||
	    strcmp(s, "NULL") == 0;
}

/* ---- Memory: the document stays within twice the input, plus a little. ---- */

static size_t
input_size(const struct loader *l)
{
	return l->text != NULL ? l->len : l->nread;
}

/*
 * Counts more bytes held by the document (beside its arena, which counts
 * its own); returns 0 after reporting a file that would need too many.
 */
static int
hold(struct loader *l, size_t more)
{
	l->held += more;
	if (l->doc->arena.used + l->held + l->building[0] + l->building[1] +
	    l->building[2] <= 2 * input_size(l) + BP_DOC_SLACK)
		return 1;
	bp_problem(l->diags, BP_P_TOO_MANY_SMALL_ITEMS, here(l),
	    "too many small items for a file of this size: bpolpo holds a "
	    "comparison in at most twice its size (see LIMITS in bpolpo(5))");
	l->failed = 1;
	return 0;
}

/* ---- Scalars. ---- */

/*
 * The current scalar into out (its text stays NULL for a null, "" or
 * only whitespace), folded to one line when line is set.  Long texts are
 * taken from libyaml as they are, not copied.
 */
static int
take_text(struct loader *l, int line, struct bp_text *out)
{
	yaml_event_t	*ev = &l->ev;
	char		*s = (char *)ev->data.scalar.value;
	size_t		 len = ev->data.scalar.length;

	out->at = here(l);
	out->s = NULL;
	out->len = 0;
	if (is_null(l))
		return 1;
	if (line)
		len = bp_text_fold(s, len);
	else if (bp_text_blank(s, len))
		len = 0;
	if (len == 0)
		return 1;
	if (len >= ADOPT_AT) {
		/* libyaml's buffer may be twice the text: give the rest back. */
		ev->data.scalar.value = NULL;
		s = bp_realloc(s, len + 1);
		s[len] = '\0';
		bp_arena_adopt(&l->doc->arena, s, len + 1);
		out->s = s;
	} else
		out->s = bp_arena_strndup(&l->doc->arena, s, len);
	out->len = (unsigned int)len;
	return hold(l, 0);
}

/*
 * Skips a node of the wrong kind (the current event starts it), then
 * reports it; a fatal problem inside it is reported instead.
 */
static int
wrong_kind(struct loader *l, int k, size_t depth, const char *what,
    enum nkind want)
{
	struct bp_mark	 at = here(l);

	if (!skip(l, k, depth))
		return 0;
	bp_problem(l->diags, BP_P_WRONG_KIND, at, "%s must be %s, not %s",
	    what, kind_names[want], kind_names[k]);
	return 1;
}

/* Quotes a key for messages: "'title'". */
static const char *
quoted(char *buf, size_t size, const char *key)
{
	snprintf(buf, size, "'%s'", key);
	return buf;
}

/* ---- Lists built in the loader's room, then handed over. ---- */

/*
 * Hands the n items of size bytes in *room to the document: a small list
 * is copied into the arena, a big one given away whole (the loader takes
 * new room).  Returns the items, or NULL when n is 0.
 */
static void *
hand_over(struct loader *l, void **room, size_t *cap, size_t *building,
    size_t n, size_t size)
{
	void	*v;

	*building = 0;
	if (n == 0)
		return NULL;
	if (n * size <= SMALL_LIST) {
		v = bp_arena_calloc(&l->doc->arena, n, size);
		memcpy(v, *room, n * size);
		return v;
	}
	v = bp_realloc(*room, n * size);
	bp_arena_adopt(&l->doc->arena, v, n * size);
	*room = NULL;
	*cap = 0;
	return v;
}

/*
 * Room for item n of a list built in *room; it counts as held (in
 * *building, one for each of the loader's rooms: they nest).
 */
static void *
room_for(void **room, size_t *cap, size_t *building, size_t n, size_t size)
{
	if (n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*room = bp_reallocarray(*room, *cap, size);
	}
	*building = (n + 1) * size;
	return (char *)*room + n * size;
}

/*
 * A list of one-line texts (keywords, source references, a choose list)
 * into out; the current event starts it.  Returns 0 after a fatal
 * problem.
 */
static int
read_lines(struct loader *l, int k, size_t depth, const char *key,
    struct bp_texts *out)
{
	struct bp_text	*t;
	size_t		 n = 0;
	void		*room;
	char		 q[80];
	int		 kk;

	out->at = here(l);
	if (k == N_SCALAR && is_null(l))
		return 1;
	if (k != N_SEQ)
		return wrong_kind(l, k, depth, quoted(q, sizeof(q), key), N_SEQ);
	room = l->tmp;
	for (;;) {
		if (!next(l))
			break;
		if (l->ev.type == YAML_SEQUENCE_END_EVENT) {
			out->v = hand_over(l, &room, &l->tmpcap, &l->building[0], n,
			    sizeof(*t));
			out->n = n;
			l->tmp = room;
			return 1;
		}
		if ((kk = node(l, depth + 1)) < 0)
			break;
		if (kk != N_SCALAR) {
			if (!wrong_kind(l, kk, depth + 1, quoted(q, sizeof(q),
			    key), N_SCALAR))
				break;
			continue;
		}
		t = room_for(&room, &l->tmpcap, &l->building[0], n, sizeof(*t));
		l->tmp = room;
		if (!take_text(l, 1, t))
			break;
		if (t->s != NULL)
			n++;
		else
			bp_problem(l->diags, BP_P_EMPTY_VALUE, t->at,
			    "empty item in '%s'", key);
	}
	l->tmp = room;
	return 0;
}

/*
 * The entry of a mapping keyed by subject id (values, choose) whose key
 * the current event starts (kind k): the key into key, then on to its
 * value, whose kind goes in *kv.  Returns 1 with an entry to read, 0
 * when it was reported or null and skipped, -1 after a fatal problem.
 */
static int
subject_entry(struct loader *l, int k, size_t depth, const char *what,
    struct bp_text *key, int *kv)
{
	if (k != N_SCALAR) {
		bp_problem(l->diags, BP_P_WRONG_KIND, here(l),
		    "a key in '%s' must be text", what);
		if (!skip(l, k, depth) || (k = next_node(l, depth)) < 0 ||
		    !skip(l, k, depth))
			return -1;
		return 0;
	}
	if (!take_text(l, 1, key) || (*kv = next_node(l, depth)) < 0)
		return -1;
	if (key->s == NULL)
		return skip(l, *kv, depth) ? 0 : -1;
	return 1;
}

/* A feature's values: a mapping of subject ids to one-line texts. */
static int
read_values(struct loader *l, int k, size_t depth, struct bp_feature *f)
{
	struct bp_value	*v;
	size_t		 n = 0;
	void		*room;
	int		 kk, r;

	f->values_at = here(l);
	if (k != N_MAP)
		return wrong_kind(l, k, depth, "'values'", N_MAP);
	room = l->vals;
	for (;;) {
		if (!next(l))
			break;
		if (l->ev.type == YAML_MAPPING_END_EVENT) {
			f->values = hand_over(l, &room, &l->valcap,
			    &l->building[1], n, sizeof(*v));
			f->nvalues = n;
			l->vals = room;
			return 1;
		}
		if ((kk = node(l, depth + 1)) < 0)
			break;
		v = room_for(&room, &l->valcap, &l->building[1], n, sizeof(*v));
		l->vals = room;
		memset(v, 0, sizeof(*v));
		if ((r = subject_entry(l, kk, depth + 1, "values",
		    &v->subject, &kk)) < 0)
			break;
		if (r == 0)
			continue;
		if (kk != N_SCALAR) {
			char	 q[80];

			if (!wrong_kind(l, kk, depth + 1, quoted(q, sizeof(q),
			    v->subject.s), N_SCALAR))
				break;
			continue;
		}
		if (!take_text(l, 1, &v->text))
			break;
		if (v->text.s == NULL)
			bp_problem(l->diags, BP_P_EMPTY_VALUE, v->text.at,
			    "value for '%s' is empty", v->subject.s);
		n++;
	}
	l->vals = room;
	return 0;
}

/* The choose lists: subject id -> a list of one-line texts. */
static int
read_choose(struct loader *l, int k, size_t depth, struct bp_doc *d)
{
	struct bp_choice	*c;
	size_t			 n = 0;
	void			*room;
	int			 kk, r;

	d->choices_at = here(l);
	if (k == N_SCALAR && is_null(l))
		return 1;
	if (k != N_MAP)
		return wrong_kind(l, k, depth, "'choose'", N_MAP);
	room = l->chs;
	for (;;) {
		if (!next(l))
			break;
		if (l->ev.type == YAML_MAPPING_END_EVENT) {
			d->choices = hand_over(l, &room, &l->chcap,
			    &l->building[2], n, sizeof(*c));
			d->nchoices = n;
			l->chs = room;
			return 1;
		}
		if ((kk = node(l, depth + 1)) < 0)
			break;
		c = room_for(&room, &l->chcap, &l->building[2], n, sizeof(*c));
		l->chs = room;
		memset(c, 0, sizeof(*c));
		if ((r = subject_entry(l, kk, depth + 1, "choose",
		    &c->subject, &kk)) < 0)
			break;
		if (r == 0)
			continue;
		if (!read_lines(l, kk, depth + 1, c->subject.s, &c->items))
			break;
		n++;
	}
	l->chs = room;
	return 0;
}

/* ---- Mappings. ---- */

/* FNV-1a, then a mix: keys a hostile file repeats are found by hash. */
static uint64_t
hash(const char *s, size_t len)
{
	uint64_t	 h = 0xcbf29ce484222325ULL;
	size_t		 i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h != 0 ? h : 1;
}

/*
 * Adds h to the set; returns 0 when it was there already, -1 after
 * reporting that it cannot grow.  The set counts as held by the document
 * while it lives: a mapping of a million unknown keys is as dense a file
 * as a list of a million items.
 */
static int
keyset_add(struct loader *l, struct keyset *ks, uint64_t h)
{
	size_t	 i, k;

	if (4 * (ks->n + 1) > 3 * ks->cap) {
		uint64_t	*old = ks->v;
		size_t		 oldcap = ks->cap;

		/* While the keys move, both tables are held. */
		ks->cap = ks->cap ? ks->cap * 2 : 16;
		if (!hold(l, ks->cap * sizeof(*ks->v))) {
			l->held -= ks->cap * sizeof(*ks->v);
			ks->cap = oldcap;
			return -1;
		}
		l->held -= oldcap * sizeof(*ks->v);
		ks->v = bp_calloc(ks->cap, sizeof(*ks->v));
		for (k = 0; k < oldcap; k++)
			if (old[k] != 0) {
				for (i = old[k] & (ks->cap - 1); ks->v[i] != 0;
				    i = (i + 1) & (ks->cap - 1))
					;
				ks->v[i] = old[k];
			}
		free(old);
	}
	for (i = h & (ks->cap - 1); ks->v[i] != 0; i = (i + 1) & (ks->cap - 1))
		if (ks->v[i] == h)
			return 0;
	ks->v[i] = h;
	ks->n++;
	return 1;
}

/* Says which known key is near, if one is (a warning: see bp_problems). */
static void
unknown_key(struct loader *l, const char *key, const char *what,
    const struct bp_field *fields)
{
	const char	*names[BP_MAX_KEYS];
	struct bp_buf	 hint = BP_BUF_INIT;
	size_t		 i;

	for (i = 0; i < BP_MAX_KEYS && fields[i].key != NULL; i++)
		names[i] = fields[i].key;
	bp_suggest(&hint, key, names, i);
	bp_problem(l->diags, BP_P_UNKNOWN_KEY, here(l),
	    "unknown key '%s' in %s%s", key, what,
	    hint.data != NULL ? hint.data : "");
	bp_buf_free(&hint);
}

static int	read_list(struct loader *, int, size_t, const struct bp_field *,
		    void *);

/* Reads the value of a known key (the current event starts it) into base. */
static int
read_field(struct loader *l, int k, size_t depth, const struct bp_field *f,
    void *base, unsigned char *wrong)
{
	char	 q[80];
	void	*at = (char *)base + f->off;

	switch (f->type) {
	case BP_F_LINE:
	case BP_F_PROSE:
		((struct bp_text *)at)->at = here(l);
		if (k != N_SCALAR) {
			*wrong = 1;
			return wrong_kind(l, k, depth, quoted(q, sizeof(q),
			    f->key), N_SCALAR);
		}
		return take_text(l, f->type == BP_F_LINE, at);
	case BP_F_LINES:
	case BP_F_REFS:
		return read_lines(l, k, depth, f->key, at);
	case BP_F_EDGE:
		/* One id, or a list of those that share the edge. */
		if (k != N_SEQ) {
			((struct bp_text *)at)->at = here(l);
			if (k != N_SCALAR) {
				*wrong = 1;
				return wrong_kind(l, k, depth, quoted(q,
				    sizeof(q), f->key), N_SCALAR_OR_SEQ);
			}
			return take_text(l, 1, at);
		}
		at = (char *)base + f->noff;
		if (!read_lines(l, k, depth, f->key, at))
			return 0;
		if (((struct bp_texts *)at)->n == 0)
			bp_problem(l->diags, BP_P_BAD_EDGE,
			    ((struct bp_texts *)at)->at,
			    "'%s' is an empty list: leave it out, or say '"
			    BP_TIE "'", f->key);
		return 1;
	case BP_F_VALUES:
		return read_values(l, k, depth, base);
	case BP_F_CHOOSE:
		return read_choose(l, k, depth, base);
	case BP_F_LIST:
		return read_list(l, k, depth, f, base);
	}
	return 0;
}

/*
 * Whether base has something for field f: a null, "" or blank text reads
 * as a key left out, in dump as everywhere.
 */
static int
present(const struct bp_field *f, const void *base, int null)
{
	if (f->type == BP_F_LINE || f->type == BP_F_PROSE)
		return ((const struct bp_text *)((const char *)base +
		    f->off))->s != NULL;
	if (f->type == BP_F_EDGE)
		return ((const struct bp_text *)((const char *)base +
		    f->off))->s != NULL || ((const struct bp_texts *)
		    ((const char *)base + f->noff))->v != NULL;
	return !null;
}

/*
 * Fills the struct at base from the mapping the current event starts,
 * by kind's table; reports unknown and repeated keys (warning, error)
 * and missing and empty required ones.  Returns 0 after a fatal problem.
 */
static int
read_map(struct loader *l, const struct bp_kind *kind, size_t depth,
    void *base)
{
	const struct bp_field	*fields = kind->fields, *f;
	struct bp_keys		*keys = (struct bp_keys *)((char *)base +
				    kind->keysoff);
	struct bp_mark		 at = here(l);
	struct keyset		 unknown = { NULL, 0, 0 };
	unsigned char		 seen[BP_MAX_KEYS], wrong[BP_MAX_KEYS];
	size_t			 i, nf = bp_nfields(fields);
	int			 k, null, ok = 0;

	memset(seen, 0, sizeof(seen));
	memset(wrong, 0, sizeof(wrong));
	keys->fields = fields;
	for (;;) {
		if (!next(l))
			goto out;
		if (l->ev.type == YAML_MAPPING_END_EVENT)
			break;
		if ((k = node(l, depth + 1)) < 0)
			goto out;
		if (k != N_SCALAR) {
			bp_problem(l->diags, BP_P_WRONG_KIND, here(l),
			    "a key in %s must be text", kind->what);
			if (!skip(l, k, depth + 1) ||
			    (k = next_node(l, depth + 1)) < 0 ||
			    !skip(l, k, depth + 1))
				goto out;
			continue;
		}
		f = bp_field_of(fields, (const char *)l->ev.data.scalar.value);
		i = f != NULL ? (size_t)(f - fields) : nf;
		if (f == NULL) {
			const char *key = (const char *)l->ev.data.scalar.value;

			if ((k = keyset_add(l, &unknown, hash(key,
			    l->ev.data.scalar.length))) < 0)
				goto out;
			if (k == 0)
				bp_problem(l->diags, BP_P_DUPLICATE_KEY, here(l),
				    "duplicate key '%s' in %s", key, kind->what);
			else
				unknown_key(l, key, kind->what, fields);
		} else if (seen[i])
			bp_problem(l->diags, BP_P_DUPLICATE_KEY, here(l),
			    "duplicate key '%s' in %s", f->key, kind->what);
		if ((k = next_node(l, depth + 1)) < 0)
			goto out;
		if (f == NULL || seen[i]) {
			/* Built into nothing: a repeat's value, an unknown key's. */
			if (!skip(l, k, depth + 1) || !hold(l, 0))
				goto out;
			continue;
		}
		seen[i] = 1;
		null = k == N_SCALAR && is_null(l);
		if (!read_field(l, k, depth + 1, f, base, &wrong[i]))
			goto out;
		if (present(f, base, null))
			keys->v[keys->n++] = (unsigned char)i;
	}
	/* A syntax error next cut this mapping short: nothing is missing. */
	if (!peek(l))
		goto out;
	for (i = 0; i < nf; i++) {
		f = &fields[i];
		if (!f->required)
			continue;
		if (!seen[i])
			bp_problem(l->diags, BP_P_MISSING_KEY, at,
			    "missing required key '%s' in %s", f->key,
			    kind->what);
		else if ((f->type == BP_F_LINE || f->type == BP_F_PROSE) &&
		    !wrong[i] && !present(f, base, 0))
			bp_problem(l->diags, BP_P_EMPTY_VALUE,
			    ((const struct bp_text *)((const char *)base +
			    f->off))->at,
			    "'%s' in %s is empty", f->key, kind->what);
	}
	ok = 1;
out:
	l->held -= unknown.cap * sizeof(*unknown.v);
	free(unknown.v);
	return ok;
}

/*
 * A top-level list of mappings (features, sources...): each item is read
 * into a struct and kept when it has no problem of its own.
 */
static int
read_list(struct loader *l, int k, size_t depth, const struct bp_field *f,
    void *base)
{
	union {
		struct bp_subject	 s;
		struct bp_feature	 f;
		struct bp_section	 c;
		struct bp_faq		 q;
		struct bp_source	 r;
	} item;
	const struct bp_kind	*kind = f->kind;
	void			**arr = (void **)((char *)base + f->off);
	size_t			*n = (size_t *)((char *)base + f->noff);
	struct bp_mark		*at = (struct bp_mark *)((char *)base +
				    f->atoff);
	size_t			 cap = 0, errors;
	char			 q[80];
	int			 kk;

	if (k == N_SCALAR && is_null(l) && !f->required)
		return 1;
	if (k != N_SEQ)
		return wrong_kind(l, k, depth, quoted(q, sizeof(q), f->key),
		    N_SEQ);
	*at = here(l);
	for (;;) {
		if (!next(l))
			return 0;
		if (l->ev.type == YAML_SEQUENCE_END_EVENT)
			break;
		if ((kk = node(l, depth + 1)) < 0)
			return 0;
		if (kk != N_MAP) {
			l->doc->dropped |= kind->list;
			if (!wrong_kind(l, kk, depth + 1, kind->what, N_MAP))
				return 0;
			continue;
		}
		memset(&item, 0, sizeof(item));
		*(struct bp_mark *)((char *)&item + kind->atoff) = here(l);
		errors = l->diags->nerrors;
		if (!read_map(l, kind, depth + 1, &item))
			return 0;
		if (l->diags->nerrors > errors) {
			l->doc->dropped |= kind->list;	/* reported: left out */
			continue;
		}
		/* Kept: the arrays grow as mremap(2) lets them, in place. */
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*arr = bp_reallocarray(*arr, cap, kind->size);
		}
		memcpy((char *)*arr + *n * kind->size, &item, kind->size);
		++*n;
		if (!hold(l, kind->size))
			return 0;
	}
	return 1;
}

/* ---- The document. ---- */

/* Reads exactly one document, a mapping.  Returns 0 after saying why not. */
static int
read_stream(struct loader *l)
{
	int	 k;

	if (!next(l) || l->ev.type != YAML_STREAM_START_EVENT)
		return 0;
	if (!next(l))
		return 0;
	if (l->ev.type == YAML_STREAM_END_EVENT) {
		bp_problem(l->diags, BP_P_EMPTY_INPUT, here(l),
		    "empty input: expected a comparison");
		return 0;
	}
	/* A document start, then its root node. */
	if ((k = next_node(l, 0)) < 0)
		return 0;
	if (k != N_MAP) {
		bp_problem(l->diags, BP_P_WRONG_KIND, here(l),
		    "a comparison must be a mapping, not %s", kind_names[k]);
		return 0;
	}
	if (!read_map(l, &bp_doc_kind, 0, l->doc))
		return 0;
	if (!next(l))		/* the document's end */
		return 0;
	if (!next(l))
		return 0;
	if (l->ev.type == YAML_DOCUMENT_START_EVENT) {
		bp_problem(l->diags, BP_P_MULTIPLE_DOCUMENTS, here(l),
		    "more than one YAML document");
		return 0;
	}
	return 1;
}

static void
stop(struct loader *l)
{
	if (l->live)
		yaml_event_delete(&l->ev);
	l->live = 0;
	if (l->peeked)
		yaml_event_delete(&l->ahead);
	l->peeked = 0;
	yaml_parser_delete(&l->parser);
	free(l->win);
	free(l->tmp);
	free(l->vals);
	free(l->chs);
}

static struct bp_doc *
load(struct loader *l, const char *file)
{
	struct bp_doc	*doc;

	doc = l->doc = bp_calloc(1, sizeof(*doc));
	doc->file = bp_strdup(file);
	if (!read_stream(l)) {
		bp_doc_free(doc);
		doc = NULL;
	} else
		bp_doc_index(doc);
	stop(l);
	return doc;
}

static int
start(struct loader *l, struct bp_diags *diags)
{
	memset(l, 0, sizeof(*l));
	l->diags = diags;
	l->fd = -1;
	l->wmark.line = l->wmark.col = 1;
	if (!yaml_parser_initialize(&l->parser))
		bp_oom();
	/* UTF-8 only: a UTF-16 file is not one of ours. */
	yaml_parser_set_encoding(&l->parser, YAML_UTF8_ENCODING);
	return 1;
}

struct bp_doc *
bp_load(const char *file, const char *text, size_t len,
    struct bp_diags *diags)
{
	struct loader	 l;

	start(&l, diags);
	/* A UTF-8 byte-order mark is harmless; libyaml would refuse it. */
	if (len >= 3 && memcmp(text, LIT("\xef\xbb\xbf")) == 0) {
		text += 3;
		len -= 3;
	}
	l.text = text;
	l.len = len;
	bp_diags_input(diags, len);
	yaml_parser_set_input_string(&l.parser, (const unsigned char *)text,
	    len);
	return load(&l, file);
}

struct bp_doc *
bp_load_fd(const char *file, int fd, size_t limit, struct bp_diags *diags)
{
	struct loader	 l;

	start(&l, diags);
	l.fd = fd;
	l.limit = limit;
	yaml_parser_set_input(&l.parser, read_fd, &l);
	return load(&l, file);
}

/* ---- Freeing. ---- */

void
bp_doc_free(struct bp_doc *d)
{
	if (d == NULL)
		return;
	/* Texts and small lists are in the arena; the item lists are not. */
	free(d->subjects);
	free(d->features);
	free(d->sections);
	free(d->faqs);
	free(d->sources);
	free(d->subject_order);
	free(d->feature_order);
	free(d->choice_order);
	free(d->source_order);
	bp_arena_free(&d->arena);
	free(d->file);
	free(d);
}
