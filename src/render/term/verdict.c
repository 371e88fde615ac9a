/* The quick verdict, then each subject's "Choose X if" list. */
#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "render/bp_term.h"

void
bp_term_verdict(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	bp_term_heading(out, o, d->title.s, d->title.len);
	bp_term_updated(out, o, d);
	bp_buf_putc(out, '\n');
	bp_term_heading_line(out, o, bp_parts[BP_PART_VERDICT].heading);
	bp_term_prose(out, o, d->summary.s, d->summary.len);
	bp_term_choose(out, d, o);
}

void
bp_term_choose(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	const struct bp_subject	*s;
	const struct bp_choice	*c;
	struct bp_buf		 head = BP_BUF_INIT;
	size_t			 i, k;
	const char		*bullet = o->ascii ? "  * " : "  • ";

	/* In subject order, whatever order the choose mapping has. */
	for (i = 0; i < bp_cols_n(d, o); i++) {
		s = &d->subjects[bp_col(d, o, i)];
		if ((c = bp_choice_for(d, s->id.s)) == NULL || c->items.n == 0)
			continue;
		head.len = 0;
		bp_choose_label(&head, s);
		bp_buf_putc(out, '\n');
		bp_term_heading(out, o, head.data, head.len);
		for (k = 0; k < c->items.n; k++)
			bp_term_wrapped(out, o, 4, bullet, c->items.v[k].s,
			    c->items.v[k].len);
	}
	bp_buf_free(&head);
}
