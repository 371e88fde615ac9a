/* What every renderer decides the same way about what it shows. */
#include <stddef.h>

#include "bp_doc.h"
#include "bp_render.h"

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
