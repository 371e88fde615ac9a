/* Search hits: grouped by item, an excerpt per field with the terms bold. */
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "query/bp_search.h"
#include "render/bp_render.h"
#include "render/bp_term.h"

/*
 * Writes the excerpt wrapped behind first (of display width indent), the
 * matches in their style.  The text is made safe piece by piece so the
 * match spans can be found again in what is shown.
 */
static void
excerpt(struct bp_buf *out, const struct bp_opts *o, const char *first,
    size_t indent, const char *snip, const struct bp_span *spans,
    size_t nspans)
{
	struct bp_buf	 safe = BP_BUF_INIT;
	struct bp_span	*shown;
	struct bp_wrap	 w;
	struct bp_line	 line;
	size_t		 i = 0, k, at = 0, room, a, z, lo, hi;

	shown = bp_calloc(nspans ? nspans : 1, sizeof(*shown));
	for (k = 0; k < nspans; k++) {
		bp_text_safe_line(&safe, snip + at, spans[k].start - at);
		shown[k].start = safe.len;
		bp_text_safe_line(&safe, snip + spans[k].start,
		    spans[k].end - spans[k].start);
		shown[k].end = safe.len;
		at = spans[k].end;
	}
	bp_text_safe_line(&safe, snip + at, strlen(snip) - at);
	bp_buf_putn(&safe, LIT(""));

	room = o->width > indent ? o->width - indent : 1;
	bp_wrap_init(&w, safe.data, safe.len, room, BP_WRAP_SAFE);
	while (bp_wrap_next(&w, &line)) {
		lo = line.off;
		hi = line.off + line.len;
		if (i++ == 0)
			bp_buf_puts(out, first);
		else
			bp_buf_repeat(out, " ", indent);
		for (at = lo, k = 0; k < nspans; k++) {
			a = shown[k].start > lo ? shown[k].start : lo;
			z = shown[k].end < hi ? shown[k].end : hi;
			if (a >= z || a < at)
				continue;
			bp_buf_putn(out, safe.data + at, a - at);
			bp_term_styled(out, o, BP_TS_MATCH, safe.data + a,
			    z - a);
			at = z;
		}
		bp_buf_putn(out, safe.data + at, hi - at);
		bp_buf_putc(out, '\n');
	}
	bp_wrap_free(&w);
	free(shown);
	bp_buf_free(&safe);
}

/* "→ bpolpo faq upl": the command that shows the item whole. */
static void
see(struct bp_buf *out, const struct bp_opts *o, const struct bp_hit *h)
{
	const char	*arrow = o->ascii ? "  -> " : "  → ";
	struct bp_buf	 cmd = BP_BUF_INIT;

	bp_hit_command(&cmd, h, o->data);
	bp_term_wrapped(out, o, o->ascii ? 5 : 4, arrow, cmd.data, cmd.len);
	bp_buf_free(&cmd);
}

struct shown {
	struct bp_buf		*out;
	const struct bp_opts	*o;
	struct bp_hit		 prev;		/* for its command, after it */
	int			 any;
	struct bp_buf		 head, first, field;
};

static void
hit(const struct bp_hit *h, void *arg)
{
	struct shown		*S = arg;
	const struct bp_opts	*o = S->o;
	struct bp_span		*spans;
	char			*snip;
	size_t			 nspans, w;

	/* A new item: its heading, after the previous item's command. */
	if (h->first) {
		if (S->any) {
			see(S->out, o, &S->prev);
			bp_buf_putc(S->out, '\n');
		}
		S->head.len = 0;
		bp_hit_heading(&S->head, h);
		bp_term_heading(S->out, o, S->head.data, S->head.len);
	}
	S->prev = *h;
	S->any = 1;

	S->first.len = 0;
	bp_buf_puts(&S->first, "  ");
	S->field.len = 0;
	bp_hit_field(&S->field, h);
	bp_text_safe_line(&S->first, S->field.data, S->field.len);
	bp_buf_puts(&S->first, ": ");
	w = bp_text_width(S->first.data, S->first.len);
	snip = bp_hit_snippet(h, o->ascii, &spans, &nspans);
	if (w + 20 > o->width) {
		/* Narrow: the excerpt goes under its label. */
		bp_term_wrapped(S->out, o, 2, NULL, S->first.data + 2,
		    S->first.len - 3);
		excerpt(S->out, o, "    ", 4, snip, spans, nspans);
	} else
		excerpt(S->out, o, S->first.data, w, snip, spans, nspans);
	free(snip);
	free(spans);
}

void
bp_term_search(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_query *q, const struct bp_opts *o)
{
	struct shown	 S;

	memset(&S, 0, sizeof(S));
	S.out = out;
	S.o = o;
	bp_search_hits(d, q, hit, &S);
	if (S.any)
		see(out, o, &S.prev);
	bp_buf_free(&S.head);
	bp_buf_free(&S.first);
	bp_buf_free(&S.field);
}
