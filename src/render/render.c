/* What every renderer decides the same way about what it shows. */
#include <stddef.h>
#include <string.h>

#include "model/bp_doc.h"
#include "render/bp_render.h"

size_t
bp_rows_n(const struct bp_doc *d, const struct bp_opts *o)
{
	return o->rows != NULL ? o->nrows : d->nfeatures;
}

const struct bp_feature *
bp_row(const struct bp_doc *d, const struct bp_opts *o, size_t r)
{
	return &d->features[o->rows != NULL ? o->rows[r] : r];
}

size_t
bp_cols_n(const struct bp_doc *d, const struct bp_opts *o)
{
	return o->cols != NULL ? o->ncols : d->nsubjects;
}

size_t
bp_col(const struct bp_doc *d, const struct bp_opts *o, size_t c)
{
	(void)d;
	return o->cols != NULL ? o->cols[c] : c;
}

const struct bp_part_info bp_parts[BP_PART__MAX] = {
	[BP_PART_VERDICT] = { "Quick verdict", "quick-verdict", NULL, NULL },
	[BP_PART_CHOOSE] = { NULL, NULL, "choose", NULL },
	[BP_PART_FEATURES] = { "Features", "features", "feature", NULL },
	[BP_PART_SECTIONS] = { NULL, NULL, "section",
	    "No sections in this comparison." },
	[BP_PART_FAQ] = { "Frequently asked questions", "faq", "faq",
	    "No questions in this comparison." },
	[BP_PART_SOURCES] = { "Sources", "sources", "source",
	    "No sources in this comparison." },
};

int
bp_part_present(const struct bp_doc *d, const struct bp_opts *o,
    enum bp_part p)
{
	const struct bp_choice	*c;
	size_t			 i;

	switch (p) {
	case BP_PART_VERDICT:
		return 1;
	case BP_PART_CHOOSE:
		for (i = 0; i < bp_cols_n(d, o); i++)
			if ((c = bp_choice_for(d,
			    d->subjects[bp_col(d, o, i)].id.s)) != NULL &&
			    c->items.n > 0)
				return 1;
		return 0;
	case BP_PART_FEATURES:
		return d->nfeatures > 0;
	case BP_PART_SECTIONS:
		return d->nsections > 0;
	case BP_PART_FAQ:
		return d->nfaqs > 0;
	case BP_PART_SOURCES:
		return d->nsources > 0;
	case BP_PART__MAX:
		break;
	}
	return 0;
}
