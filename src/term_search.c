/* Search hits: grouped by item, an excerpt per field with the terms bold. */
#include <stdlib.h>
#include <string.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_doc.h"
#include "bp_render.h"
#include "bp_search.h"
#include "bp_term.h"
#include "bp_text.h"

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
	struct bp_line	*lines;
	size_t		 i, k, n, at = 0, room, a, z;

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
	bp_buf_putn(&safe, "", 0);

	room = o->width > indent ? o->width - indent : 1;
	n = bp_text_wrap(safe.data, safe.len, room, &lines);
	for (i = 0; i < n; i++) {
		size_t	 lo = lines[i].off, hi = lines[i].off + lines[i].len;

		if (i == 0)
			bp_buf_puts(out, first);
		else
			bp_buf_repeat(out, " ", indent);
		for (at = lo, k = 0; k < nspans; k++) {
			a = shown[k].start > lo ? shown[k].start : lo;
			z = shown[k].end < hi ? shown[k].end : hi;
			if (a >= z || a < at)
				continue;
			bp_buf_putn(out, safe.data + at, a - at);
			term_styled(out, o, TS_MATCH, safe.data + a, z - a);
			at = z;
		}
		bp_buf_putn(out, safe.data + at, hi - at);
		bp_buf_putc(out, '\n');
	}
	free(lines);
	free(shown);
	bp_buf_free(&safe);
}

/* "→ bpolpo faq upl": the command that shows the item whole. */
static void
see(struct bp_buf *out, const struct bp_opts *o, const struct bp_hit *h)
{
	const char	*arrow = o->ascii ? "  -> " : "  → ";
	char		*cmd = bp_hit_command(h);

	term_wrapped(out, o, o->ascii ? 5 : 4, arrow, cmd, strlen(cmd));
	free(cmd);
}

void
bp_term_search(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_hits *hits, const struct bp_opts *o)
{
	const struct bp_hit	*h, *prev = NULL;
	struct bp_buf		 head = BP_BUF_INIT, first = BP_BUF_INIT;
	struct bp_buf		 field = BP_BUF_INIT;
	struct bp_span		*spans;
	char			*snip;
	size_t			 i, nspans, w;

	for (i = 0; i < hits->n; i++) {
		h = &hits->v[i];
		/* A new item: its heading, after the previous item's command. */
		if (prev == NULL || prev->where != h->where ||
		    prev->id != h->id) {
			if (prev != NULL) {
				see(out, o, prev);
				bp_buf_putc(out, '\n');
			}
			head.len = 0;
			bp_hit_heading(&head, d, h);
			term_heading(out, o, head.data, head.len);
		}
		prev = h;

		first.len = 0;
		bp_buf_puts(&first, "  ");
		field.len = 0;
		bp_hit_field(&field, d, h);
		bp_text_safe_line(&first, field.data, field.len);
		bp_buf_puts(&first, ": ");
		w = bp_text_width(first.data, first.len);
		snip = bp_hit_snippet(h, o->ascii ? "..." : "…", &spans,
		    &nspans);
		if (w + 20 > o->width) {
			/* Narrow: the excerpt goes under its label. */
			term_wrapped(out, o, 2, NULL, first.data + 2,
			    first.len - 3);
			excerpt(out, o, "    ", 4, snip, spans, nspans);
		} else
			excerpt(out, o, first.data, w, snip, spans, nspans);
		free(snip);
		free(spans);
	}
	if (prev != NULL)
		see(out, o, prev);
	bp_buf_free(&head);
	bp_buf_free(&first);
	bp_buf_free(&field);
}
