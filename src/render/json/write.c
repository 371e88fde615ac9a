/*
 * The JSON writer every command's document is written with: containers
 * opened and closed as they come, members, strings escaped as cJSON
 * escapes them, in one pass straight into the output.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "render/bp_json.h"
#include "render/bp_render.h"

/*
 * Strings were once escaped by cJSON a piece of this many bytes at a
 * time, which ends a piece at a NUL byte (a C string): output keeps that.
 */
#define PIECE	4096

/* The subjects shown: those --subjects names, or all. */
size_t
bp_jw_cols_n(const struct bp_jw *w, const struct bp_doc *d)
{
	return w->o != NULL ? bp_cols_n(d, w->o) : d->nsubjects;
}

size_t
bp_jw_col(const struct bp_jw *w, const struct bp_doc *d, size_t i)
{
	return w->o != NULL ? bp_col(d, w->o, i) : i;
}

/*
 * A comma, a line break and the indentation of the deepest container
 * first[] allows, two spaces a level: what goes before a member or an
 * element is a piece of it.
 */
static const char	 sep[] = ",\n"
    "                                                                ";
_Static_assert(sizeof(sep) - 1 >= 2 + 2 * sizeof(((struct bp_jw *)0)->first),
    "sep[] holds the deepest indentation");

/*
 * What goes before a member or element of the container at w->depth, as
 * bp_jw_next() writes it: a comma after the first, the line break and the
 * indentation unless compact.  Returns its length, *s its bytes in sep[].
 */
static size_t
separator(const struct bp_jw *w, const char **s)
{
	size_t	 comma = !w->first[w->depth];

	*s = sep + 1 - comma;
	return comma + (w->compact ? 0 : 1 + 2 * w->depth);
}

void
bp_jw_newline(struct bp_jw *w)
{
	if (w->compact)
		return;
	bp_buf_putc(w->out, '\n');
	/* No spaces at the top, and no write: even an empty one may flush. */
	if (w->depth > 0)
		bp_buf_putn(w->out, sep + 2, 2 * w->depth);
}

void
bp_jw_open_c(struct bp_jw *w, char c)
{
	bp_buf_putc(w->out, c);
	w->depth++;
	w->first[w->depth] = 1;
}

void
bp_jw_close_c(struct bp_jw *w, char c)
{
	int	 empty = w->first[w->depth];

	w->depth--;
	if (!empty)
		bp_jw_newline(w);
	bp_buf_putc(w->out, c);
}

/*
 * Before a member or element: the comma and the line break, in one piece
 * where the buffer takes it so (bp_buf_claim()).
 */
void
bp_jw_next(struct bp_jw *w)
{
	const char	*s;
	size_t		 n = separator(w, &s);
	char		*p;

	if (n > 0 && (p = bp_buf_claim(w->out, n)) != NULL)
		memcpy(p, s, n);
	else {
		if (!w->first[w->depth])
			bp_buf_putc(w->out, ',');
		bp_jw_newline(w);
	}
	w->first[w->depth] = 0;
}

/*
 * The length of the run of bytes s starts with that escape() copies as
 * they are: printable ASCII (bp_ascii_run()) but '"' and '\\'.
 */
static size_t
plain_run(const char *s, size_t len)
{
	const char	*p;
	size_t		 n = bp_ascii_run(s, len);

	if ((p = memchr(s, '"', n)) != NULL)
		n = (size_t)(p - s);
	if ((p = memchr(s, '\\', n)) != NULL)
		n = (size_t)(p - s);
	return n;
}

/*
 * s[0..len) escaped as cJSON escapes a string (print_string_ptr: quote,
 * backslash and the C0 controls; \b \f \n \r \t by name, the others
 * \u00xx), written straight into out, and the hidden characters cJSON
 * leaves raw (bp_char_hidden: DEL, bidi controls, U+2028...) as \u
 * escapes too, a surrogate pair above U+FFFF: a JSON reader gets the
 * same text, a person reading the JSON sees them.  Stops at a NUL, as
 * cJSON did.
 */
static void
escape(struct bp_buf *out, const char *s, size_t len)
{
	static const char	 named[] = "btnvfr";
	size_t			 i = 0, run, n;
	uint32_t		 c;
	unsigned char		 b;

	while (i < len) {
		run = i + plain_run(s + i, len - i);
		bp_buf_putn(out, s + i, run - i);
		if ((i = run) == len)
			break;
		b = (unsigned char)s[i];
		if (b == '\0')
			return;
		if (b == '"' || b == '\\') {
			bp_buf_putc(out, '\\');
			bp_buf_putc(out, (char)b);
			i++;
			continue;
		}
		if (b < 0x20) {
			/* \v is no JSON escape: cJSON writes it \u000b. */
			if (b >= '\b' && b <= '\r' && b != '\v') {
				bp_buf_putc(out, '\\');
				bp_buf_putc(out, named[b - '\b']);
			} else
				bp_buf_printf(out, "\\u%04x", (unsigned)b);
			i++;
			continue;
		}
		n = bp_utf8_decode(s + i, len - i, &c);
		if (!bp_char_hidden(c))
			bp_buf_putn(out, s + i, n);
		else if (c <= 0xffff)
			bp_buf_printf(out, "\\u%04x", (unsigned)c);
		else
			bp_buf_printf(out, "\\u%04x\\u%04x",
			    (unsigned)(0xd800 + ((c - 0x10000) >> 10)),
			    (unsigned)(0xdc00 + ((c - 0x10000) & 0x3ff)));
		i += n;
	}
}

void
bp_json_string(struct bp_buf *out, const char *s, size_t len)
{
	size_t	 n;
	char	*p;

	/*
	 * Most strings are one plain run, which escape() copies whole:
	 * quoted, in one piece where the buffer takes it so
	 * (bp_buf_claim()).
	 */
	if (plain_run(s, len) == len &&
	    (p = bp_buf_claim(out, len + 2)) != NULL) {
		p[0] = '"';
		if (len > 0)
			memcpy(p + 1, s, len);
		p[len + 1] = '"';
		return;
	}
	bp_buf_putc(out, '"');
	while (len > 0) {
		n = len > PIECE ? PIECE : len;
		/* Never a character cut in two. */
		while (n < len && n > 1 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
		escape(out, s, n);
		s += n;
		len -= n;
	}
	bp_buf_putc(out, '"');
}

/* s as a JSON string. */
void
bp_jw_string(struct bp_buf *out, const char *s, size_t len)
{
	bp_json_string(out, s, len);
}

void
bp_jw_key(struct bp_jw *w, const char *k)
{
	const char	*s;
	size_t		 len = strlen(k), n = separator(w, &s);
	char		*p;

	/*
	 * A key is most often a word: what goes before it, the key and the
	 * colon in one piece where the buffer takes it so.
	 */
	if (plain_run(k, len) == len && (p = bp_buf_claim(w->out,
	    n + len + (w->compact ? 3 : 4))) != NULL) {
		memcpy(p, s, n);
		p += n;
		*p++ = '"';
		memcpy(p, k, len);	/* NOLINT: bp_buf_claim() ended it */
		p += len;
		*p++ = '"';
		*p++ = ':';
		if (!w->compact)
			*p = ' ';
		w->first[w->depth] = 0;
		return;
	}
	bp_jw_next(w);
	bp_jw_string(w->out, k, len);
	if (w->compact)
		bp_buf_putc(w->out, ':');
	else
		bp_buf_putn(w->out, LIT(": "));
}

void
bp_jw_str_member(struct bp_jw *w, const char *k, const char *s, size_t len)
{
	bp_jw_key(w, k);
	bp_jw_string(w->out, s, len);
}

void
bp_jw_num_member(struct bp_jw *w, const char *k, size_t n)
{
	bp_jw_key(w, k);
	bp_buf_printf(w->out, "%zu", n);
}

void
bp_jw_text_value(struct bp_jw *w, const struct bp_text *t)
{
	if (t->s != NULL)
		bp_jw_string(w->out, t->s, t->len);
	else
		bp_buf_puts(w->out, "null");
}

void
bp_jw_text_member(struct bp_jw *w, const char *k, const struct bp_text *t)
{
	bp_jw_key(w, k);
	bp_jw_text_value(w, t);
}

/*
 * Words from the command line as a JSON string: they are not checked like
 * the data, and invalid UTF-8 would make the whole document invalid, so
 * each bad byte becomes U+FFFD.
 */
void
bp_jw_argument(struct bp_jw *w, const char *s)
{
	struct bp_buf	 b = BP_BUF_INIT;
	size_t		 len = strlen(s), n;
	uint32_t	 c;

	while (len > 0) {
		n = bp_utf8_decode(s, len, &c);
		if (c == 0xfffd && n == 1 && (unsigned char)*s >= 0x80)
			bp_buf_puts(&b, "\xef\xbf\xbd");
		else
			bp_buf_putn(&b, s, n);
		s += n;
		len -= n;
	}
	bp_jw_string(w->out, b.data != NULL ? b.data : "", b.len);
	bp_buf_free(&b);
}

/* ---- Documents. ---- */

/* Opens a command's document: {"format": 1, "command": ... */
void
bp_jw_begin(struct bp_jw *w, struct bp_buf *out, const struct bp_opts *o,
    const char *command)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
	w->compact = o->compact;
	w->o = o;
	bp_jw_open_c(w, '{');
	bp_jw_num_member(w, "format", BP_JSON_FORMAT);
	if (command != NULL)
		bp_jw_str_member(w, "command", command, strlen(command));
}

void
bp_jw_end(struct bp_jw *w)
{
	bp_jw_close_c(w, '}');
	bp_buf_putc(w->out, '\n');
}

void
bp_jw_heading(struct bp_jw *w, const struct bp_doc *d)
{
	bp_jw_text_member(w, "title", &d->title);
	if (d->updated.s != NULL)
		bp_jw_text_member(w, "updated", &d->updated);
}

