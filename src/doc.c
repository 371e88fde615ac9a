/* Look-ups on a loaded comparison. */
#include <string.h>

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
