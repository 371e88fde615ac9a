/* export as text: every part of the comparison, one after the other. */
#include "bp_buf.h"
#include "bp_doc.h"
#include "bp_render.h"
#include "bp_term.h"

void
bp_term_export(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	size_t	 i;

	/* Title, date, quick verdict and the choose lists. */
	bp_term_verdict(out, d, o);
	if (d->nfeatures > 0) {
		bp_buf_putc(out, '\n');
		term_heading_line(out, o, "Features");
		bp_buf_putc(out, '\n');
		bp_term_table(out, d, o);
	}
	for (i = 0; i < d->nsections; i++) {
		bp_buf_putc(out, '\n');
		bp_term_section(out, d, &d->sections[i], o);
	}
	if (d->nfaqs > 0) {
		bp_buf_putc(out, '\n');
		term_heading_line(out, o, "Frequently asked questions");
	}
	for (i = 0; i < d->nfaqs; i++) {
		bp_buf_putc(out, '\n');
		bp_term_faq(out, d, &d->faqs[i], o);
	}
	if (d->nsources > 0) {
		bp_buf_putc(out, '\n');
		bp_term_sources(out, d, o);
	}
}
