/* The quick verdict, then each subject's "Choose X if" list. */
#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "render/bp_term.h"
#include "render/bp_walk.h"

static void
choose_list(void *arg, const struct bp_subject *s, const char *label,
    size_t len)
{
	struct bp_page	*pg = arg;

	(void)s;
	bp_buf_putc(pg->out, '\n');
	bp_term_heading(pg->out, pg->o, label, len);
}

static void
choose_item(void *arg, const struct bp_text *t)
{
	struct bp_page	*pg = arg;

	bp_term_wrapped(pg->out, pg->o, 4, pg->o->ascii ? "  * " : "  • ",
	    t->s, t->len);
}

const struct bp_choose_ops bp_term_choose_ops = { choose_list, choose_item,
    NULL };

void
bp_term_verdict(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	struct bp_page	 pg = { out, d, o };

	bp_term_title(out, o, d);
	bp_buf_putc(out, '\n');
	bp_term_heading_line(out, o, bp_parts[BP_PART_VERDICT].heading);
	bp_term_prose(out, o, d->summary.s, d->summary.len);
	bp_walk_choose(d, o, &bp_term_choose_ops, &pg);
}
