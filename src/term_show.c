/* Prose sections: the list of ids and titles, or one section with its sources. */
#include <stdlib.h>
#include <string.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_doc.h"
#include "bp_render.h"
#include "bp_term.h"
#include "bp_text.h"

void
bp_term_section_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	struct term_item	 item;
	size_t			 i, idw = 0, w;

	if (d->nsections == 0) {
		term_line(out, o, "No sections in this comparison.");
		return;
	}
	for (i = 0; i < d->nsections; i++)
		if ((w = bp_text_width(d->sections[i].id.s,
		    d->sections[i].id.len)) > idw)
			idw = w;
	term_heading_line(out, o, "Sections");
	bp_buf_putc(out, '\n');
	memset(&item, 0, sizeof(item));
	item.key_style = TS_ID;
	for (i = 0; i < d->nsections; i++) {
		item.key = d->sections[i].id.s;
		item.text = d->sections[i].title.s;
		item.len = d->sections[i].title.len;
		term_keyed_item(out, o, 2, idw, &item);
	}
	bp_buf_putc(out, '\n');
	term_run(out, o, "Run ", "show ID", " to read a section.");
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
