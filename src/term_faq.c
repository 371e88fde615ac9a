/* FAQ: the numbered list of questions, or one question with its answer. */
#include <stdlib.h>

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
	struct term_item	*items;
	struct bp_buf		*keys, num = BP_BUF_INIT;
	size_t			 i, numw, idw = 0, w;

	if (d->nfaqs == 0) {
		term_line(out, o, "No questions in this comparison.");
		return;
	}
	bp_buf_printf(&num, "%zu", d->nfaqs);
	numw = num.len;
	for (i = 0; i < d->nfaqs; i++)
		if ((w = bp_text_width(d->faqs[i].id.s, d->faqs[i].id.len)) > idw)
			idw = w;
	items = bp_calloc(d->nfaqs, sizeof(*items));
	keys = bp_calloc(d->nfaqs, sizeof(*keys));
	for (i = 0; i < d->nfaqs; i++) {
		/* Ids are [a-z0-9-]: safe and one column per byte. */
		bp_buf_printf(&keys[i], "%*zu  %-*s", (int)numw, i + 1,
		    (int)idw, d->faqs[i].id.s);
		while (keys[i].len > 0 && keys[i].data[keys[i].len - 1] == ' ')
			keys[i].data[--keys[i].len] = '\0';
		items[i].key = keys[i].data;
		items[i].key_style = TS_ID;
		items[i].text = d->faqs[i].question.s;
		items[i].len = d->faqs[i].question.len;
	}
	term_heading_line(out, o, "Frequently asked questions");
	bp_buf_putc(out, '\n');
	term_keyed_list(out, o, 2, items, d->nfaqs);
	bp_buf_putc(out, '\n');
	bp_buf_free(&num);
	bp_buf_puts(&num, "Run '");
	bp_command(&num, o->data, "faq ID");
	bp_buf_puts(&num, "' or '");
	bp_command(&num, o->data, "faq NUMBER");
	bp_buf_puts(&num, "' for an answer.");
	term_wrapped(out, o, 0, NULL, num.data, num.len);
	for (i = 0; i < d->nfaqs; i++)
		bp_buf_free(&keys[i]);
	free(keys);
	free(items);
	bp_buf_free(&num);
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
