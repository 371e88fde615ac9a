/* Prose sections: the list of ids and titles, or one section with its sources. */
#include <stdlib.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_doc.h"
#include "bp_render.h"
#include "bp_term.h"

void
bp_term_section_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	struct term_item	*items;
	size_t			 i;

	if (d->nsections == 0) {
		term_line(out, o, "No sections in this comparison.");
		return;
	}
	items = bp_calloc(d->nsections, sizeof(*items));
	for (i = 0; i < d->nsections; i++) {
		items[i].key = d->sections[i].id.s;	/* [a-z0-9-]: safe */
		items[i].key_style = TS_ID;
		items[i].text = d->sections[i].title.s;
		items[i].len = d->sections[i].title.len;
	}
	term_heading_line(out, o, "Sections");
	bp_buf_putc(out, '\n');
	term_keyed_list(out, o, 2, items, d->nsections);
	bp_buf_putc(out, '\n');
	term_run(out, o, "Run ", "show ID", " to read a section.");
	free(items);
}

void
bp_term_section(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_section *s, const struct bp_opts *o)
{
	term_heading(out, o, s->title.s, s->title.len);
	bp_buf_putc(out, '\n');
	term_prose(out, o, s->body.s, s->body.len);
	term_cited(out, d, o, &s->sources);
}
