/* FAQ: the numbered list of questions, or one question with its answer. */
#include <stdlib.h>
#include <string.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_doc.h"
#include "bp_render.h"
#include "bp_suggest.h"
#include "bp_term.h"
#include "bp_text.h"

void
bp_term_faq_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	struct term_item	 item;
	struct bp_buf		 key = BP_BUF_INIT, line = BP_BUF_INIT;
	size_t			 i, numw, idw = 0, w;

	if (d->nfaqs == 0) {
		term_line(out, o, "No questions in this comparison.");
		return;
	}
	bp_buf_printf(&key, "%zu", d->nfaqs);
	numw = key.len;
	for (i = 0; i < d->nfaqs; i++)
		if ((w = bp_text_width(d->faqs[i].id.s, d->faqs[i].id.len)) > idw)
			idw = w;
	term_heading_line(out, o, "Frequently asked questions");
	bp_buf_putc(out, '\n');
	/* Made an item at a time: one key's room, whatever the list. */
	memset(&item, 0, sizeof(item));
	item.key_style = TS_ID;
	for (i = 0; i < d->nfaqs; i++) {
		key.len = 0;
		bp_buf_printf(&key, "%*zu  %s", (int)numw, i + 1,
		    d->faqs[i].id.s);
		item.key = key.data;
		item.text = d->faqs[i].question.s;
		item.len = d->faqs[i].question.len;
		term_keyed_item(out, o, 2, numw + 2 + idw, &item);
	}
	bp_buf_putc(out, '\n');
	bp_buf_puts(&line, "Run '");
	bp_command(&line, o->data, "faq ID");
	bp_buf_puts(&line, "' or '");
	bp_command(&line, o->data, "faq NUMBER");
	bp_buf_puts(&line, "' for an answer.");
	term_wrapped(out, o, 0, NULL, line.data, line.len);
	bp_buf_free(&key);
	bp_buf_free(&line);
}

void
bp_term_faq(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_faq *f, const struct bp_opts *o)
{
	term_heading(out, o, f->question.s, f->question.len);
	bp_buf_putc(out, '\n');
	term_prose(out, o, f->answer.s, f->answer.len);
	term_cited(out, d, o, &f->sources);
}
