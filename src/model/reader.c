/* The loader's reading side: bytes in, the lines around a problem for its message, and YAML's errors said as problems, with hints. */
#include <sys/stat.h>

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include <yaml.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "model/bp_loader.h"
#include "model/bp_problem.h"

#define WINDOW		BP_LOADER_WINDOW

/*
 * ---- The input, and the window of it for messages. ----
 *
 * A message's hint reads the lines around a problem.  Text in memory is
 * all there.  Of input read from a descriptor the window holds the last
 * bytes read: at least WINDOW of them, at most twice that, moved once per
 * WINDOW read.  Anything but a file (a pipe, a terminal) has its bytes
 * copied into it as they are read, since they are gone once libyaml has
 * them; of a file, only where the window starts and its length are
 * counted as it is read, its bytes and the lines before them read again
 * when a problem is reported (window_fill).
 */

/* Moves at over n bytes of text: lines by memchr, then characters. */
static void
count_marks(struct bp_mark *at, const char *s, size_t n)
{
	const char	*p, *nl, *end = s + n;

	for (p = s; (nl = memchr(p, '\n', (size_t)(end - p))) != NULL;
	    p = nl + 1) {
		at->line++;
		at->col = 1;
	}
	for (; p < end; p++)
		if (((unsigned char)*p & 0xc0) != 0x80)
			at->col++;
}

/*
 * Adds n bytes read to the window: buf's, or for a file (buf NULL) only
 * their count.
 */
static void
window_add(struct loader *l, const unsigned char *buf, size_t n)
{
	size_t	 drop;

	if (n > WINDOW) {
		/* Only the end of a big read can matter. */
		window_add(l, buf, n - WINDOW);
		if (buf != NULL)
			buf += n - WINDOW;
		n = WINDOW;
	}
	drop = l->wlen + n > 2 * WINDOW ? l->wlen + n - WINDOW : 0;
	if (buf == NULL) {
		l->wstart += drop;
		l->wlen += n - drop;
		return;
	}
	if (l->win == NULL)
		l->win = bp_malloc(2 * WINDOW);
	if (drop > 0) {
		count_marks(&l->wmark, l->win, drop);
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
	size_t		 from = kept_start(l, &at), n;

	if (off < from || (n = input_from(l, from, &p)) == 0)
		return at;
	count_marks(&at, p, off - from < n ? off - from : n);
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

/*
 * n bytes of the file from off (after a byte-order mark) into buf, again
 * after a signal: returns how many there were.
 */
static size_t
read_at(const struct loader *l, char *buf, size_t n, size_t off)
{
	size_t	 done = 0;
	ssize_t	 got;

	while (done < n) {
		got = pread(l->fd, buf + done, n - done, l->base + l->bom +
		    (off_t)(off + done));
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		done += (size_t)got;
	}
	return done;
}

/*
 * The window over a file, made when a problem needs it: the lines before
 * it counted and its bytes read again, a window's room at a time.  A file
 * that changed since gives a message from its new text (a hint, a tab,
 * the line and column of an encoding error), never more bytes than were
 * read, and none when it is shorter.
 */
static void
window_fill(struct loader *l)
{
	size_t	 done = 0, n;

	if (l->base < 0 || l->win != NULL)
		return;
	l->win = bp_malloc(2 * WINDOW);
	while (done < l->wstart) {
		n = l->wstart - done < 2 * WINDOW ? l->wstart - done : 2 * WINDOW;
		if ((n = read_at(l, l->win, n, done)) == 0)
			break;
		count_marks(&l->wmark, l->win, n);
		done += n;
	}
	l->wlen = done < l->wstart ? 0 : read_at(l, l->win, l->wlen, done);
}

void
bp_loader_seekable(struct loader *l)
{
	struct stat	 st;

	/* From where it stands: standard input may be part read already. */
	if (fstat(l->fd, &st) == 0 && S_ISREG(st.st_mode))
		l->base = lseek(l->fd, 0, SEEK_CUR);
}

/* read(2), again after a signal; on failure -1, its errno kept. */
static ssize_t
read_fd(struct loader *l, unsigned char *buf, size_t size)
{
	ssize_t	 n;

	do
		n = read(l->fd, buf, size);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		l->read_errno = errno;
	return n;
}

/* libyaml's input handler for a descriptor: counts, limits, drops a BOM. */
int
bp_loader_read(void *data, unsigned char *buf, size_t size, size_t *got)
{
	const size_t	 nb = sizeof(BP_BOM) - 1;
	struct loader	*l = data;
	ssize_t		 n, more;

	if ((n = read_fd(l, buf, size)) < 0)
		return 0;
	if (!l->started) {
		/* A pipe may give a byte-order mark in pieces. */
		while (n > 0 && (size_t)n < nb && (size_t)n < size &&
		    memcmp(buf, BP_BOM, (size_t)n) == 0) {
			if ((more = read_fd(l, buf + n, size - (size_t)n)) < 0)
				return 0;
			if (more == 0)
				break;
			n += more;
		}
		l->started = n > 0;
		if ((size_t)n >= nb && memcmp(buf, BP_BOM, nb) == 0) {
			memmove(buf, buf + nb, (size_t)n - nb);
			n -= (ssize_t)nb;
			l->bom = (int)nb;
			/* An empty read is the end: a pipe's mark alone is not. */
			if (n == 0 && (n = read_fd(l, buf, size)) < 0)
				return 0;
		}
	}
	l->nread += (size_t)n;
	bp_diags_input(l->diags, l->nread);
	if (l->nread > l->limit) {
		l->read_errno = EFBIG;
		return 0;
	}
	window_add(l, l->base < 0 ? buf : NULL, (size_t)n);
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

void
bp_loader_syntax_error(struct loader *l)
{
	yaml_parser_t	*p = &l->parser;
	struct bp_buf	 hint = BP_BUF_INIT;
	struct bp_mark	 at;
	enum bp_problem	 problem;

	at = bp_mark_of(p->problem_mark);
	if (p->error != YAML_MEMORY_ERROR && l->read_errno == 0)
		window_fill(l);
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
		    "%s", bp_strerror(l->read_errno));
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
