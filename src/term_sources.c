/* The cited sources, numbered as every other command refers to them. */
#include "bp_buf.h"
#include "bp_doc.h"
#include "bp_render.h"
#include "bp_term.h"

void
bp_term_sources(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	size_t	 i;

	if (d->nsources == 0) {
		term_line(out, o, "No sources in this comparison.");
		return;
	}
	term_heading_line(out, o, "Sources");
	bp_buf_putc(out, '\n');
	for (i = 0; i < d->nsources; i++)
		term_source(out, o, i + 1, &d->sources[i]);
}
