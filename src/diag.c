/* Diagnostics: collect while loading and validating, print in input order. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_diag.h"
#include "bp_text.h"

/* Printed before the message, as compilers and mandoc(1) do. */
static const char *const level_names[BP_LEVEL__MAX] = {
	"warning: ",	/* BP_WARNING */
	"error: ",	/* BP_ERROR */
};

void
bp_diags_init(struct bp_diags *d, const char *file)
{
	struct bp_buf	 b = { NULL, 0, 0 };

	memset(d, 0, sizeof(*d));
	bp_text_safe_line(&b, file, strlen(file));
	bp_buf_putn(&b, "", 0);
	d->file = bp_buf_take(&b);
}

void
bp_diags_free(struct bp_diags *d)
{
	size_t	 i;

	if (d == NULL)
		return;
	for (i = 0; i < d->n; i++)
		free(d->v[i].msg);
	free(d->v);
	free(d->file);
	memset(d, 0, sizeof(*d));
}

void
bp_diag(struct bp_diags *d, enum bp_level level, struct bp_mark at,
    const char *fmt, ...)
{
	struct bp_buf	 b = { NULL, 0, 0 };
	char		*raw;
	va_list		 ap;
	int		 n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	raw = bp_malloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(raw, (size_t)n + 1, fmt, ap);
	va_end(ap);
	/* Messages quote data, and data must not drive the terminal. */
	bp_text_safe_line(&b, raw, (size_t)n);
	bp_buf_putn(&b, "", 0);
	free(raw);

	d->v = bp_reallocarray(d->v, d->n + 1, sizeof(*d->v));
	d->v[d->n].level = level;
	d->v[d->n].at = at;
	d->v[d->n].msg = b.data;
	d->n++;
	if (level == BP_ERROR)
		d->nerrors++;
}

static int
cmp_mark(const void *a, const void *b)
{
	const struct bp_diag	*x = *(const struct bp_diag *const *)a;
	const struct bp_diag	*y = *(const struct bp_diag *const *)b;

	if (x->at.line != y->at.line)
		return x->at.line < y->at.line ? -1 : 1;
	if (x->at.col != y->at.col)
		return x->at.col < y->at.col ? -1 : 1;
	/* Stable: keep the order in which they were found. */
	return x < y ? -1 : x > y;
}

void
bp_diags_print(const struct bp_diags *d, FILE *fp)
{
	const struct bp_diag	**order;
	size_t			  i;

	if (d->n == 0)
		return;
	order = bp_reallocarray(NULL, d->n, sizeof(*order));
	for (i = 0; i < d->n; i++)
		order[i] = &d->v[i];
	qsort(order, d->n, sizeof(*order), cmp_mark);
	for (i = 0; i < d->n; i++) {
		if (order[i]->at.line > 0)
			fprintf(fp, "bpolpo: %s:%zu:%zu: %s%s\n", d->file,
			    order[i]->at.line, order[i]->at.col,
			    level_names[order[i]->level], order[i]->msg);
		else
			fprintf(fp, "bpolpo: %s: %s%s\n", d->file,
			    level_names[order[i]->level], order[i]->msg);
	}
	free(order);
}
