/* diff as text: a changelog for a terminal, each changed line made and wrapped a piece at a time. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "query/bp_diff.h"
#include "query/bp_wdiff.h"
#include "render/bp_render.h"
#include "render/bp_term.h"

/*
 * A changelog line is made and wrapped this many bytes at a time: a
 * changed text of millions of words costs a piece, not its size.
 */
#define WINDOW		((size_t)64 * 1024)

/* The changelog's continuation lines sit under the text, past the marker. */
#define INDENT		2

/* SGR for the words a change took out and put in, as git diff colors them. */
#define SGR_DEL		"\033[31m"
#define SGR_INS		"\033[32m"
#define SGR_OFF		"\033[0m"

/* A colored stretch of a line: bytes [a, b) of its text. */
struct span {
	size_t	 a, b;
	int	 del;
};

/*
 * A changelog line, made and wrapped a window at a time: text holds what
 * is not written yet, from the start of a line of output on.
 */
struct tline {
	struct bp_buf	 text;		/* safe, on one line */
	struct bp_buf	 raw;
	struct span	*sp;
	size_t		 nsp, spcap;
	size_t		 open;		/* where a colored run began, or SIZE_MAX */
	int		 open_del;
	size_t		 lines;		/* written: all but the first indented */
};

/* Colors text from a to its end, a stretch next to the last one included. */
static void
span(struct tline *t, size_t a, int del)
{
	if (a == t->text.len)
		return;
	if (t->nsp > 0 && t->sp[t->nsp - 1].b == a &&
	    t->sp[t->nsp - 1].del == del) {
		t->sp[t->nsp - 1].b = t->text.len;
		return;
	}
	if (t->nsp == t->spcap) {
		t->spcap = t->spcap > 0 ? t->spcap * 2 : 8;
		t->sp = bp_reallocarray(t->sp, t->spcap, sizeof(*t->sp));
	}
	t->sp[t->nsp].a = a;
	t->sp[t->nsp].b = t->text.len;
	t->sp[t->nsp].del = del;
	t->nsp++;
}

/* One line of output: l of the text, color put in after wrapping. */
static void
line_out(struct bp_buf *out, struct tline *t, const struct bp_line *l)
{
	size_t	 k = 0, x, e = l->off + l->len, end;

	if (t->lines++ > 0)
		bp_buf_repeat(out, " ", INDENT);
	while (k < t->nsp && t->sp[k].b <= l->off)
		k++;
	for (x = l->off; x < e; x = end) {
		if (k < t->nsp && t->sp[k].a <= x) {
			end = t->sp[k].b < e ? t->sp[k].b : e;
			bp_buf_puts(out, t->sp[k].del ? SGR_DEL : SGR_INS);
			bp_buf_putn(out, t->text.data + x, end - x);
			bp_buf_puts(out, SGR_OFF);
			if (end == t->sp[k].b)
				k++;
		} else {
			end = k < t->nsp && t->sp[k].a < e ? t->sp[k].a : e;
			bp_buf_putn(out, t->text.data + x, end - x);
		}
	}
	bp_buf_putc(out, '\n');
}

/*
 * Wraps the text, safe already, to the width, its continuation lines
 * indented; color goes in after wrapping, so that it never counts.  At
 * the end (last) every line goes out; before it, the last line may go on
 * and stays, moved to the start, unless it alone is far past a window
 * (a URL of megabytes, which bp_wrap splits too).
 */
static void
text_put(struct bp_buf *out, const struct bp_opts *o, struct tline *t,
    int last)
{
	struct bp_wrap	 w;
	struct bp_line	 l, pending;
	size_t		 n = 0, off, k, m;

	/* A colored run goes on past the window: colored so far. */
	if (t->open != SIZE_MAX)
		span(t, t->open, t->open_del);
	bp_wrap_init(&w, t->text.data, t->text.len, o->width > INDENT ?
	    o->width - INDENT : 1, BP_WRAP_SAFE);
	while (bp_wrap_next(&w, &l)) {
		if (n++ > 0)
			line_out(out, t, &pending);
		pending = l;
	}
	bp_wrap_free(&w);
	off = t->text.len;
	if (n > 0 && (last || (n == 1 && t->text.len >= 2 * WINDOW +
	    16 * o->width)))
		line_out(out, t, &pending);
	else if (n > 0)
		off = n > 1 ? pending.off : 0;
	/* What stays, and its colors, from the start. */
	memmove(t->text.data, t->text.data + off, t->text.len - off + 1);
	t->text.len -= off;
	for (k = m = 0; k < t->nsp; k++)
		if (t->sp[k].b > off) {
			t->sp[m].a = t->sp[k].a > off ? t->sp[k].a - off : 0;
			t->sp[m].b = t->sp[k].b - off;
			t->sp[m++].del = t->sp[k].del;
		}
	t->nsp = m;
	if (t->open != SIZE_MAX)
		t->open = t->text.len;
}

/* The line so far, when it fills a window: its lines but the last go out. */
static void
text_more(struct bp_buf *out, const struct bp_opts *o, struct tline *t)
{
	if (t->text.len >= WINDOW)
		text_put(out, o, t, 0);
}

/* A word, made safe, a window's worth at a time: a word may be megabytes. */
static void
text_word(struct bp_buf *out, const struct bp_opts *o, struct tline *t,
    const char *s, size_t len)
{
	size_t	 n;

	while (len > 0) {
		n = len > WINDOW ? WINDOW : len;
		/* Never a character cut in two. */
		while (n < len && n > 1 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
		bp_text_safe_line(&t->text, s, n);
		text_more(out, o, t);
		s += n;
		len -= n;
	}
}

/*
 * The runs, each word made safe, one space between: without color, what
 * went out as [-words-] and what came in as {+words+}, as git diff
 * --word-diff=plain marks them; with color, in red and green.
 */
static void
text_runs(struct bp_buf *out, const struct bp_opts *o, struct tline *t,
    const struct bp_wdiff *wd)
{
	const struct bp_run	*r;
	const char		*w;
	size_t			 i, k, at, wl;

	for (i = 0; i < wd->n; i++) {
		r = &wd->v[i];
		if (i > 0 && (o->color || r->op != BP_W_INS ||
		    wd->v[i - 1].op != BP_W_DEL))
			bp_buf_putc(&t->text, ' ');
		if (!o->color && r->op != BP_W_SAME)
			bp_buf_puts(&t->text, r->op == BP_W_DEL ? "[-" : "{+");
		if (o->color && r->op != BP_W_SAME) {
			t->open = t->text.len;
			t->open_del = r->op == BP_W_DEL;
		}
		for (k = at = 0; bp_wdiff_next(r->s, r->len, &at, &w, &wl); k++) {
			if (k > 0)
				bp_buf_putc(&t->text, ' ');
			text_word(out, o, t, w, wl);
		}
		if (t->open != SIZE_MAX) {
			span(t, t->open, t->open_del);
			t->open = SIZE_MAX;
		}
		if (!o->color && r->op != BP_W_SAME)
			bp_buf_puts(&t->text, r->op == BP_W_DEL ? "-]" : "+}");
	}
}

/* What the changelog keeps while it writes the changes. */
struct text_state {
	struct bp_buf		*out;
	const struct bp_opts	*o;
	struct tline		 t;
	struct bp_wdiff		 wd;
	size_t			 last;		/* the part of the last change */
};

/*
 * One change a line (wrapped), under its part's heading: "+ feature
 * 'speed' added: Speed", "- ... removed: ...", "~ feature 'cost': value
 * for 'lpo': the [-old-]{+new+} words", "↕ feature 'risk' moved from 3
 * to 5".
 */
static void
text_item(const struct bp_diff_item *it, void *arg)
{
	static const char *const marks[] = { "+", "-", "~", "↕" };
	struct text_state	*ts = arg;
	struct tline		*t = &ts->t;
	const struct bp_opts	*o = ts->o;
	size_t			 p;

	if ((p = bp_diff_part(it)) != ts->last) {
		bp_buf_putc(ts->out, '\n');
		bp_term_heading_line(ts->out, o, bp_diff_parts[p]);
		ts->last = p;
	}
	t->text.len = 0;
	t->nsp = 0;
	t->open = SIZE_MAX;
	t->lines = 0;
	bp_buf_puts(&t->text, it->change == BP_CH_MOVED && o->ascii ? "^" :
	    marks[it->change]);
	if (o->color && (it->change == BP_CH_ADDED ||
	    it->change == BP_CH_REMOVED))
		span(t, 0, it->change == BP_CH_REMOVED);
	bp_buf_putc(&t->text, ' ');
	bp_diff_label(&t->text, bp_text_safe_line, it, 0);
	bp_wdiff_item(&ts->wd, it);
	switch (it->change) {
	case BP_CH_ADDED:
	case BP_CH_REMOVED:
		bp_buf_puts(&t->text, it->change == BP_CH_ADDED ? " added" :
		    " removed");
		if (ts->wd.n > 0) {
			bp_buf_puts(&t->text, ": ");
			text_runs(ts->out, o, t, &ts->wd);
		}
		break;
	case BP_CH_CHANGED:
		bp_buf_puts(&t->text, ": ");
		text_runs(ts->out, o, t, &ts->wd);
		if (!bp_wdiff_changed(&ts->wd))
			bp_buf_puts(&t->text, ts->wd.n > 0 ?
			    " (only white space changed)" :
			    "(only white space changed)");
		break;
	case BP_CH_MOVED:
		bp_buf_printf(&t->text, " moved from %u to %u", it->from,
		    it->to);
		break;
	}
	text_put(ts->out, o, t, 1);
}

void
bp_term_diff(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_diff *d, const char *oldname, const char *newname)
{
	struct text_state	 ts;

	if (d->n == 0) {
		bp_term_line(out, o, "No differences.");
		return;
	}
	memset(&ts, 0, sizeof(ts));
	ts.out = out;
	ts.o = o;
	ts.last = SIZE_MAX;
	/* Names as given: on one line, whatever they hold. */
	bp_buf_puts(&ts.t.raw, "Changes from ");
	bp_text_safe_line(&ts.t.raw, oldname, strlen(oldname));
	bp_buf_puts(&ts.t.raw, " to ");
	bp_text_safe_line(&ts.t.raw, newname, strlen(newname));
	bp_buf_putc(&ts.t.raw, ':');
	bp_term_wrapped(out, o, 0, NULL, ts.t.raw.data, ts.t.raw.len);
	bp_diff_each(d, text_item, &ts);
	bp_buf_free(&ts.t.text);
	bp_buf_free(&ts.t.raw);
	free(ts.t.sp);
	bp_wdiff_free(&ts.wd);
}

