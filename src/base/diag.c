/* Diagnostics: collect while loading and validating, keep the first ones, print in input order. */
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_text.h"

/* The most of a message kept, in bytes, before it is made safe. */
#define MSG_MAX	400

/* Printed before the message, as compilers and mandoc(1) do. */
static const char *const level_names[BP_LEVEL__MAX] = {
	"warning: ",	/* BP_WARNING */
	"error: ",	/* BP_ERROR */
};

void
bp_diags_init(struct bp_diags *d, const char *file)
{
	struct bp_buf	 b = BP_BUF_INIT;

	memset(d, 0, sizeof(*d));
	d->limit = BP_DIAG_LIMIT;
	bp_text_safe_line(&b, file, strlen(file));
	bp_buf_putn(&b, LIT(""));
	d->file = bp_buf_take(&b);
}

void
bp_diags_limit(struct bp_diags *d, size_t limit)
{
	d->limit = limit;
}

void
bp_diags_input(struct bp_diags *d, size_t bytes)
{
	if (bytes > d->input)
		d->input = bytes;
}

/* What a kept message takes: its bytes and the allocator's header. */
#define MSG_COST(len)	((len) + 1 + 2 * sizeof(size_t))

void
bp_diags_free(struct bp_diags *d)
{
	size_t	 i;

	if (d == NULL)
		return;
	for (i = 0; i < d->n; i++)
		free(d->v[i].msg);
	free(d->v);
	free(d->file);
	memset(d, 0, sizeof(*d));
}

/* Input order: line, column, then the order found. */
static int
before(struct bp_mark a, size_t aseq, struct bp_mark b, size_t bseq)
{
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	if (a.col != b.col)
		return a.col < b.col ? -1 : 1;
	return aseq < bseq ? -1 : aseq > bseq;
}

static int
cmp_diag(const void *a, const void *b)
{
	const struct bp_diag	*x = a, *y = b;

	return before(x->at, x->seq, y->at, y->seq);
}

/* Keeps the first `limit` in input order; the rest only count. */
static void
trim(struct bp_diags *d)
{
	size_t	 i;

	if (d->n > 1)
		qsort(d->v, d->n, sizeof(*d->v), cmp_diag);
	if (d->limit == 0 || d->n <= d->limit)
		return;
	for (i = d->limit; i < d->n; i++) {
		d->bytes -= MSG_COST(strlen(d->v[i].msg));
		free(d->v[i].msg);
	}
	d->n = d->limit;
	d->full = 1;
	d->cut = d->v[d->n - 1].at;
	d->cutseq = d->v[d->n - 1].seq;
}

void
bp_vdiag(struct bp_diags *d, unsigned code, enum bp_level level,
    struct bp_mark at, const char *fmt, va_list ap)
{
	struct bp_buf	 b = BP_BUF_INIT;
	char		*raw;
	va_list		 aq;
	size_t		 seq = d->seq++;
	int		 n, cut;

	if (level == BP_ERROR)
		d->nerrors++;
	else
		d->nwarnings++;
	/* Past the last one kept: it would not be shown, so it is not made. */
	if (d->full && before(at, seq, d->cut, d->cutseq) > 0)
		return;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		n = 0;
	/*
	 * Messages quote data, which can be megabytes: a message is cut to
	 * MSG_MAX bytes, at a character, so that a hundred of them stay small.
	 */
	cut = (size_t)n > MSG_MAX;
	raw = bp_malloc((cut ? MSG_MAX : (size_t)n) + 1);
	vsnprintf(raw, (cut ? MSG_MAX : (size_t)n) + 1, fmt, ap);
	if (cut) {
		n = MSG_MAX;
		while (n > 0 && ((unsigned char)raw[n] & 0xc0) == 0x80)
			n--;
	}
	/* And data must not drive the terminal. */
	bp_text_safe_line(&b, raw, (size_t)n);
	if (cut)
		bp_buf_puts(&b, "…");
	bp_buf_putn(&b, LIT(""));
	free(raw);
	/* Kept as long as it is, not as the buffer grew. */
	b.data = bp_realloc(b.data, b.len + 1);
	d->bytes += MSG_COST(b.len);

	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->v = bp_reallocarray(d->v, d->cap, sizeof(*d->v));
	}
	d->v[d->n].code = code;
	d->v[d->n].level = level;
	d->v[d->n].at = at;
	d->v[d->n].msg = b.data;
	d->v[d->n].seq = seq;
	d->n++;
	/* Twice the limit kept: sort, and keep the limit. */
	if (d->limit > 0 && d->n >= 2 * d->limit)
		trim(d);
	/*
	 * More than the input takes: the first half in input order is
	 * kept, and that many from now on, so that the vector (twice it
	 * at most) and the messages stay within what they took.
	 */
	else if (d->limit == 0 && d->cap * sizeof(*d->v) + d->bytes >
	    (d->input > BP_DIAG_FLOOR ? d->input : BP_DIAG_FLOOR)) {
		d->limit = d->n / 2 > 0 ? d->n / 2 : 1;
		d->shed = 1;
		trim(d);
	}
}

void
bp_diags_sort(struct bp_diags *d)
{
	trim(d);
}

size_t
bp_diags_omitted(const struct bp_diags *d)
{
	return d->nerrors + d->nwarnings - d->n;
}

static size_t	warn_width;	/* 0: messages are not wrapped */

void
bp_warn_width(size_t width)
{
	warn_width = width;
}

void
bp_diags_strict(struct bp_diags *d)
{
	size_t	 i;

	for (i = 0; i < d->n; i++)
		d->v[i].level = BP_ERROR;
	d->nerrors += d->nwarnings;
	d->nwarnings = 0;
}

/*
 * Writes the safe line s of len bytes to standard error, wrapped to the
 * width: the first line as wide as it, the others indented two spaces.
 */
static void
put_wrapped(const char *s, size_t len)
{
	struct bp_wrap	 w;
	struct bp_line	 line;
	size_t		 off;

	if (warn_width == 0 || bp_text_width(s, len) <= warn_width) {
		fwrite(s, 1, len, stderr);
		fputc('\n', stderr);
		return;
	}
	bp_wrap_init(&w, s, len, warn_width, BP_WRAP_SAFE);
	if (!bp_wrap_next(&w, &line)) {
		bp_wrap_free(&w);
		return;
	}
	fwrite(line.p, 1, line.len, stderr);
	fputc('\n', stderr);
	off = line.off + line.len;
	bp_wrap_free(&w);
	while (off < len && s[off] == ' ')
		off++;
	bp_wrap_init(&w, s + off, len - off, warn_width - 2, BP_WRAP_SAFE);
	while (bp_wrap_next(&w, &line)) {
		fputs("  ", stderr);
		fwrite(line.p, 1, line.len, stderr);
		fputc('\n', stderr);
	}
	bp_wrap_free(&w);
}

/* The message made safe, one line (wrapped to the width), to standard error. */
static void
vwarn(const char *prefix, const char *fmt, va_list ap)
{
	struct bp_buf	 b = BP_BUF_INIT;
	va_list		 aq;
	char		*raw;
	int		 n;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		return;
	raw = bp_malloc((size_t)n + 1);
	vsnprintf(raw, (size_t)n + 1, fmt, ap);
	bp_buf_puts(&b, prefix);
	bp_text_safe_line(&b, raw, (size_t)n);
	put_wrapped(b.data, b.len);
	free(raw);
	bp_buf_free(&b);
}

void
bp_warnx(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vwarn("bpolpo: ", fmt, ap);
	va_end(ap);
}

void
bp_warnx_more(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vwarn("  ", fmt, ap);
	va_end(ap);
}

const char *
bp_level_name(enum bp_level level)
{
	return level == BP_ERROR ? "error" : "warning";
}

void
bp_diags_print(struct bp_diags *d)
{
	size_t	 i, more;

	bp_diags_sort(d);
	/* The file name and the messages are safe already: they stay so. */
	for (i = 0; i < d->n; i++) {
		if (d->v[i].at.line > 0)
			bp_warnx("%s:%u:%u: %s%s", d->file, d->v[i].at.line,
			    d->v[i].at.col, level_names[d->v[i].level],
			    d->v[i].msg);
		else
			bp_warnx("%s: %s%s", d->file,
			    level_names[d->v[i].level], d->v[i].msg);
	}
	if ((more = bp_diags_omitted(d)) > 0 && d->shed)
		bp_warnx("%s: %zu more problem%s not shown: no more are kept "
		    "than fit in memory as large as the file (see LIMITS in "
		    "bpolpo(5))", d->file, more, more == 1 ? "" : "s");
	else if (more > 0)
		bp_warnx("%s: %zu more problem%s not shown; 'bpolpo check "
		    "--max-errors 0' shows every one", d->file, more,
		    more == 1 ? "" : "s");
}

/*
 * strerror(err) in the reader's language and characters.  The locale's
 * messages and character set are loaded here, the first time a message
 * needs them, so a run that says nothing never pays for finding them.
 */
const char *
bp_strerror(int err)
{
	static int	 set;

	if (!set) {
		set = 1;
		setlocale(LC_CTYPE, "");
		setlocale(LC_MESSAGES, "");
	}
	return strerror(err);
}
