/* The cited sources, numbered as every other command refers to them. */
#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "render/bp_term.h"

void
bp_term_sources(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	size_t	 i;

	if (d->nsources == 0) {
		bp_term_line(out, o, bp_parts[BP_PART_SOURCES].none);
		return;
	}
	bp_term_heading_line(out, o, bp_parts[BP_PART_SOURCES].heading);
	bp_buf_putc(out, '\n');
	for (i = 0; i < d->nsources; i++)
		bp_term_source_at(out, o, i + 1, &d->sources[i]);
}

void
bp_term_source(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_source *s, const struct bp_opts *o)
{
	bp_term_source_at(out, o, bp_source_number(d, s), s);
}

void
bp_term_ids(struct bp_buf *out, const struct bp_ids *ids)
{
	size_t	 i;

	for (i = 0; i < ids->n; i++) {
		/* Ids are [a-z0-9-]; text is made safe, on one line. */
		bp_buf_putn(out, ids->id[i]->s, ids->id[i]->len);
		if (ids->described && ids->text[i]->s != NULL) {
			bp_buf_putc(out, '\t');
			bp_text_safe_line(out, ids->text[i]->s,
			    ids->text[i]->len);
		}
		bp_buf_putc(out, '\n');
	}
}
