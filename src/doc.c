/* Look-ups on a loaded comparison. */
#include <stdlib.h>
#include <string.h>

#include "bp_alloc.h"

#include "bp_doc.h"

const struct bp_subject *
bp_subject_by_id(const struct bp_doc *d, const char *id)
{
	size_t	 i;

	for (i = 0; i < d->nsubjects; i++)
		if (d->subjects[i].id.s != NULL &&
		    strcmp(d->subjects[i].id.s, id) == 0)
			return &d->subjects[i];
	return NULL;
}

const struct bp_source *
bp_source_by_id(const struct bp_doc *d, const char *id)
{
	size_t	 i;

	for (i = 0; i < d->nsources; i++)
		if (d->sources[i].id.s != NULL &&
		    strcmp(d->sources[i].id.s, id) == 0)
			return &d->sources[i];
	return NULL;
}

size_t
bp_source_number(const struct bp_doc *d, const struct bp_source *s)
{
	if (s == NULL || s < d->sources || s >= d->sources + d->nsources)
		return 0;
	return (size_t)(s - d->sources) + 1;
}

const struct bp_choice *
bp_choice_for(const struct bp_doc *d, const char *subject)
{
	size_t	 i;

	for (i = 0; i < d->nchoices; i++)
		if (strcmp(d->choices[i].subject.s, subject) == 0)
			return &d->choices[i];
	return NULL;
}

const struct bp_value *
bp_value_for(const struct bp_feature *f, const char *subject)
{
	size_t	 i;

	for (i = 0; i < f->nvalues; i++)
		if (strcmp(f->values[i].subject.s, subject) == 0)
			return &f->values[i];
	return NULL;
}

/* qsort_r is not C17: the subjects being sorted, for the comparisons. */
static const struct bp_doc	*sorting;

static int
cmp_subject(const void *a, const void *b)
{
	return strcmp(sorting->subjects[*(const size_t *)a].id.s,
	    sorting->subjects[*(const size_t *)b].id.s);
}

void
bp_by_subject_init(struct bp_by_subject *b, const struct bp_doc *d)
{
	size_t	 i;

	b->d = d;
	b->order = bp_calloc(d->nsubjects, sizeof(*b->order));
	for (i = 0; i < d->nsubjects; i++)
		b->order[i] = i;
	sorting = d;
	if (d->nsubjects > 1)
		qsort(b->order, d->nsubjects, sizeof(*b->order), cmp_subject);
	sorting = NULL;
}

void
bp_by_subject(const struct bp_by_subject *b, const struct bp_feature *f,
    const struct bp_value **out)
{
	const struct bp_doc	*d = b->d;
	size_t			 i, lo, hi, mid;
	int			 c;

	for (i = 0; i < d->nsubjects; i++)
		out[i] = NULL;
	for (i = 0; i < f->nvalues; i++) {
		for (lo = 0, hi = d->nsubjects; lo < hi; ) {
			mid = lo + (hi - lo) / 2;
			c = strcmp(f->values[i].subject.s,
			    d->subjects[b->order[mid]].id.s);
			if (c == 0) {
				/* The first value for a subject, as bp_value_for(). */
				if (out[b->order[mid]] == NULL)
					out[b->order[mid]] = &f->values[i];
				break;
			}
			if (c < 0)
				hi = mid;
			else
				lo = mid + 1;
		}
	}
}

void
bp_by_subject_free(struct bp_by_subject *b)
{
	free(b->order);
	b->order = NULL;
}
