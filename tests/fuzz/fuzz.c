/*
 * libFuzzer target: raw bytes through load, validate and every renderer.
 * Built and run by "make fuzz"; crashes it finds become tests/errors cases.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bp_buf.h"
#include "bp_diag.h"
#include "bp_doc.h"
#include "bp_lookup.h"
#include "bp_render.h"
#include "bp_search.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
render_all(const struct bp_renderer *R, const struct bp_doc *d,
    const struct bp_opts *o, const struct bp_hits *hits)
{
	static const struct bp_cmdinfo cmds[] = { { "compare", "Table" } };
	struct bp_buf	 b = BP_BUF_INIT;
	size_t		 i;

	R->overview(&b, d, o, cmds, 1);
	R->compare(&b, d, o);
	R->verdict(&b, d, o);
	R->faq_list(&b, d, o);
	for (i = 0; i < d->nfaqs; i++)
		R->faq(&b, d, &d->faqs[i], o);
	R->section_list(&b, d, o);
	for (i = 0; i < d->nsections; i++)
		R->section(&b, d, &d->sections[i], o);
	R->sources(&b, d, o);
	if (hits->n > 0)
		R->search(&b, d, hits, o);
	bp_buf_free(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t widths[] = { 20, 57, 200 };
	struct bp_diags		 dg;
	struct bp_doc		*d;
	struct bp_opts		 o;
	struct bp_buf		 b = BP_BUF_INIT;
	struct bp_hits		 hits;
	const struct bp_faq	*hit;
	size_t			*cands, ncands, i;
	char			 term[8], *terms[1] = { term };

	bp_diags_init(&dg, "fuzz");
	d = bp_load("fuzz", (const char *)data, size, &dg);
	if (d != NULL)
		bp_validate(d, &dg);
	bp_diags_sort(&dg);
	if (d == NULL || dg.nerrors > 0)
		goto out;

	/* A term from the data itself, so search finds something. */
	snprintf(term, sizeof(term), "%.3s", d->features[0].label.s);
	if (term[0] == '\0')
		strcpy(term, "e");
	bp_search(d, terms, 1, &hits);
	if (bp_faq_find(d, term, &hit, &cands, &ncands) == BP_AMBIGUOUS)
		free(cands);

	memset(&o, 0, sizeof(o));
	for (i = 0; i < sizeof(widths) / sizeof(widths[0]); i++) {
		o.width = widths[i];
		o.layout = (enum bp_layout)(i % BP_LAYOUT__MAX);
		o.ascii = (int)(i & 1);
		o.color = (int)(i == 1);
		render_all(&bp_term_renderer, d, &o, &hits);
	}
	render_all(&bp_md_renderer, d, &o, &hits);
	render_all(&bp_json_renderer, d, &o, &hits);
	o.compact = 1;
	render_all(&bp_json_renderer, d, &o, &hits);
	bp_json_dump(&b, d, &o);
	bp_json_check(&b, &dg, &o);
	bp_buf_free(&b);
	bp_hits_free(&hits);
out:
	bp_doc_free(d);
	bp_diags_free(&dg);
	return 0;
}
