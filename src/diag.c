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
	struct bp_buf	 b = BP_BUF_INIT;

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
	struct bp_buf	 b = BP_BUF_INIT;
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
	d->v[d->n].seq = d->n;
	d->n++;
	if (level == BP_ERROR)
		d->nerrors++;
}

static int
cmp_mark(const void *a, const void *b)
{
	const struct bp_diag	*x = a, *y = b;

	if (x->at.line != y->at.line)
		return x->at.line < y->at.line ? -1 : 1;
	if (x->at.col != y->at.col)
		return x->at.col < y->at.col ? -1 : 1;
	/* Stable: keep the order in which they were found. */
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void
bp_diags_sort(struct bp_diags *d)
{
	if (d->n > 1)
		qsort(d->v, d->n, sizeof(*d->v), cmp_mark);
}

const char *
bp_level_name(enum bp_level level)
{
	return level == BP_ERROR ? "error" : "warning";
}

void
bp_diags_print(struct bp_diags *d, FILE *fp)
{
	size_t	 i;

	bp_diags_sort(d);
	for (i = 0; i < d->n; i++) {
		if (d->v[i].at.line > 0)
			fprintf(fp, "bpolpo: %s:%u:%u: %s%s\n", d->file,
			    d->v[i].at.line, d->v[i].at.col,
			    level_names[d->v[i].level], d->v[i].msg);
		else
			fprintf(fp, "bpolpo: %s: %s%s\n", d->file,
			    level_names[d->v[i].level], d->v[i].msg);
	}
}
