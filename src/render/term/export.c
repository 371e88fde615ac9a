/* export as text: every part of the comparison, in bp_parts' order. */
#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "render/bp_term.h"

void
bp_term_export(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	size_t	 i;
	int	 p;

	bp_term_heading(out, o, d->title.s, d->title.len);
	bp_term_updated(out, o, d);
	for (p = 0; p < BP_PART__MAX; p++) {
		if (!bp_part_present(d, o, (enum bp_part)p))
			continue;
		switch ((enum bp_part)p) {
		case BP_PART_VERDICT:
			bp_buf_putc(out, '\n');
			bp_term_heading_line(out, o, bp_parts[p].heading);
			bp_term_prose(out, o, d->summary.s, d->summary.len);
			break;
		case BP_PART_CHOOSE:
			bp_term_choose(out, d, o);
			break;
		case BP_PART_FEATURES:
			bp_buf_putc(out, '\n');
			bp_term_heading_line(out, o, bp_parts[p].heading);
			bp_buf_putc(out, '\n');
			bp_term_table(out, d, o);
			break;
		case BP_PART_SECTIONS:
			for (i = 0; i < d->nsections; i++) {
				bp_buf_putc(out, '\n');
				bp_term_section(out, d, &d->sections[i], o);
			}
			break;
		case BP_PART_FAQ:
			bp_buf_putc(out, '\n');
			bp_term_heading_line(out, o, bp_parts[p].heading);
			for (i = 0; i < d->nfaqs; i++) {
				bp_buf_putc(out, '\n');
				bp_term_faq(out, d, &d->faqs[i], o);
			}
			break;
		case BP_PART_SOURCES:
			bp_buf_putc(out, '\n');
			bp_term_sources(out, d, o);
			break;
		case BP_PART__MAX:
			break;
		}
	}
}
