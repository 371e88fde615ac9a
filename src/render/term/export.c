/* export as text: every part of the comparison, walked by bp_walk_export. */
#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "render/bp_term.h"
#include "render/bp_walk.h"

/* A part's heading; the table and the list of sources stand apart from it. */
static void
part(void *arg, enum bp_part p, int open)
{
	struct bp_page	*pg = arg;

	if (!open)
		return;
	bp_buf_putc(pg->out, '\n');
	bp_term_heading_line(pg->out, pg->o, bp_parts[p].heading);
	if (p == BP_PART_FEATURES || p == BP_PART_SOURCES)
		bp_buf_putc(pg->out, '\n');
}

static void
summary(void *arg, const struct bp_text *t)
{
	struct bp_page	*pg = arg;

	bp_term_prose(pg->out, pg->o, t->s, t->len);
}

static void
features(void *arg)
{
	struct bp_page	*pg = arg;

	bp_term_table(pg->out, pg->d, pg->o);
}

static void
section(void *arg, const struct bp_section *s)
{
	struct bp_page	*pg = arg;

	bp_buf_putc(pg->out, '\n');
	bp_term_section(pg->out, pg->d, s, pg->o);
}

static void
faq(void *arg, const struct bp_faq *f)
{
	struct bp_page	*pg = arg;

	bp_buf_putc(pg->out, '\n');
	bp_term_faq(pg->out, pg->d, f, pg->o);
}

static void
source(void *arg, size_t number, const struct bp_source *s)
{
	struct bp_page	*pg = arg;

	bp_term_source_at(pg->out, pg->o, number, s);
}

void
bp_term_export(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	static const struct bp_export_ops	 ops = { NULL, NULL, part,
						    summary,
						    &bp_term_choose_ops,
						    features, section, faq,
						    source };
	struct bp_page				 pg = { out, d, o };

	bp_term_title(out, o, d);
	bp_walk_export(d, o, &ops, &pg);
}
