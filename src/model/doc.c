/* Look-ups on a loaded comparison: by id, sorted once, in O(log n). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "model/bp_doc.h"

/* A list whose items have an id (a bp_text) at the same offset. */
struct list {
	const char	*base;
	size_t		 n, stride;
};

#define LIST(type, arr, n, member) \
	{ (arr) != NULL ? (const char *)(arr) + offsetof(struct type, member) : \
	  NULL, (n), sizeof(struct type) }

static const char *
id_at(const struct list *l, size_t i)
{
	return ((const struct bp_text *)(l->base + i * l->stride))->s;
}

int
bp_text_cmp(const struct bp_text *a, const struct bp_text *b)
{
	int	 c;

	if (a->s == NULL || b->s == NULL)
		return (a->s == NULL) - (b->s == NULL);
	c = memcmp(a->s, b->s, a->len < b->len ? a->len : b->len);
	return c != 0 ? c : (a->len > b->len) - (a->len < b->len);
}

/* qsort_r is not C17: the items being sorted, for the comparisons. */
static const char	*sort_base;
static size_t		 sort_stride;
static const uint64_t	*sort_keys;

/*
 * A text's first eight bytes as a number, big-endian, zeros after its
 * end: keys in the order of their texts, equal when the texts may still
 * differ later.  An absent text sorts last.
 */
static uint64_t
prefix_key(const struct bp_text *t)
{
	uint64_t	 k = 0;
	size_t		 i;

	if (t->s == NULL)
		return UINT64_MAX;
	for (i = 0; i < 8; i++)
		k = k << 8 | (i < t->len ? (unsigned char)t->s[i] : 0);
	return k;
}

static int
cmp_index(const void *a, const void *b)
{
	uint32_t	 x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	int		 c;

	/* Most pairs differ in their first bytes: no text is read. */
	if (sort_keys[x] != sort_keys[y])
		return sort_keys[x] < sort_keys[y] ? -1 : 1;
	c = bp_text_cmp((const struct bp_text *)(sort_base + x * sort_stride),
	    (const struct bp_text *)(sort_base + y * sort_stride));
	/* The same text twice: the first in the file first, as a scan finds. */
	return c != 0 ? c : (x > y) - (x < y);
}

uint32_t *
bp_sort_by_text(const void *items, size_t n, size_t stride, size_t off)
{
	uint32_t	*order;
	uint64_t	*keys;
	size_t		 i;

	order = bp_calloc(n + 1, sizeof(*order));
	for (i = 0; i < n; i++)
		order[i] = (uint32_t)i;
	if (n > 1) {
		/*
		 * The texts lie all over the document: their keys, side by
		 * side, are what most comparisons read.
		 */
		sort_base = (const char *)items + off;
		sort_stride = stride;
		keys = bp_reallocarray(NULL, n, sizeof(*keys));
		for (i = 0; i < n; i++)
			keys[i] = prefix_key((const struct bp_text *)
			    (sort_base + i * stride));
		sort_keys = keys;
		qsort(order, n, sizeof(*order), cmp_index);
		sort_base = NULL;
		sort_keys = NULL;
		free(keys);
	}
	return order;
}

static uint32_t *
sorted(const struct list *l)
{
	return bp_sort_by_text(l->base, l->n, l->stride, 0);
}

void
bp_doc_index(struct bp_doc *d)
{
	struct list	 s = LIST(bp_subject, d->subjects, d->nsubjects, id);
	struct list	 f = LIST(bp_feature, d->features, d->nfeatures, id);
	struct list	 c = LIST(bp_choice, d->choices, d->nchoices, subject);
	struct list	 r = LIST(bp_source, d->sources, d->nsources, id);

	d->subject_order = sorted(&s);
	d->feature_order = sorted(&f);
	d->choice_order = sorted(&c);
	d->source_order = sorted(&r);
}

/* The index of the first item with this id, or n. */
static size_t
find(const struct list *l, const uint32_t *order, const char *id)
{
	size_t		 lo = 0, hi = l->n, mid, i;
	const char	*s;
	int		 c;

	if (order == NULL) {
		for (i = 0; i < l->n; i++)
			if ((s = id_at(l, i)) != NULL && strcmp(s, id) == 0)
				return i;
		return l->n;
	}
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		s = id_at(l, order[mid]);
		/* Items without an id sort last, as cmp_index() puts them. */
		c = s == NULL ? -1 : strcmp(id, s);
		if (c <= 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	if (lo < l->n && (s = id_at(l, order[lo])) != NULL &&
	    strcmp(s, id) == 0)
		return order[lo];
	return l->n;
}

const struct bp_subject *
bp_subject_by_id(const struct bp_doc *d, const char *id)
{
	struct list	 l = LIST(bp_subject, d->subjects, d->nsubjects, id);
	size_t		 i = find(&l, d->subject_order, id);

	return i < d->nsubjects ? &d->subjects[i] : NULL;
}

const struct bp_feature *
bp_feature_by_id(const struct bp_doc *d, const char *id)
{
	struct list	 l = LIST(bp_feature, d->features, d->nfeatures, id);
	size_t		 i = find(&l, d->feature_order, id);

	return i < d->nfeatures ? &d->features[i] : NULL;
}

const struct bp_source *
bp_source_by_id(const struct bp_doc *d, const char *id)
{
	struct list	 l = LIST(bp_source, d->sources, d->nsources, id);
	size_t		 i = find(&l, d->source_order, id);

	return i < d->nsources ? &d->sources[i] : NULL;
}

const struct bp_source *
bp_cited_next(const struct bp_doc *d, const struct bp_texts *refs, size_t *i)
{
	const struct bp_source	*src;

	while (*i < refs->n)
		if ((src = bp_source_by_id(d, refs->v[(*i)++].s)) != NULL)
			return src;
	return NULL;
}

const struct bp_choice *
bp_choice_for(const struct bp_doc *d, const char *subject)
{
	struct list	 l = LIST(bp_choice, d->choices, d->nchoices, subject);
	size_t		 i = find(&l, d->choice_order, subject);

	return i < d->nchoices ? &d->choices[i] : NULL;
}

const struct bp_text *
bp_subject_label(const struct bp_subject *s)
{
	return s->label.s != NULL ? &s->label : &s->shortname;
}

size_t
bp_edge_ids(const struct bp_feature *f, const struct bp_text **v)
{
	if (f->edges.v != NULL) {
		*v = f->edges.v;
		return f->edges.n;
	}
	*v = &f->edge;
	return f->edge.s != NULL && strcmp(f->edge.s, BP_TIE) != 0;
}

int
bp_has_edge(const struct bp_feature *f)
{
	return f->edge.s != NULL || f->edges.v != NULL;
}

int
bp_edge_label(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_feature *f)
{
	const struct bp_text	*v;
	const struct bp_subject	*s;
	size_t			 i, n, shown = 0;

	if (!bp_has_edge(f))
		return 0;
	if ((n = bp_edge_ids(f, &v)) == 0) {
		bp_buf_puts(out, "Tie");
		return 1;
	}
	for (i = 0; i < n; i++) {
		if ((s = bp_subject_by_id(d, v[i].s)) == NULL)
			continue;
		if (shown++ > 0)
			bp_buf_puts(out, ", ");
		bp_buf_putn(out, s->shortname.s, s->shortname.len);
	}
	return shown > 0;
}

int
bp_edge_wins(const struct bp_feature *f)
{
	const struct bp_text	*v;

	return bp_edge_ids(f, &v) > 0;
}

void
bp_choose_label(struct bp_buf *out, const struct bp_subject *s)
{
	const struct bp_text	*l = bp_subject_label(s);

	bp_buf_puts(out, "Choose ");
	bp_buf_putn(out, l->s, l->len);
	bp_buf_puts(out, " if:");
}

size_t
bp_source_number(const struct bp_doc *d, const struct bp_source *s)
{
	if (s == NULL || s < d->sources || s >= d->sources + d->nsources)
		return 0;
	return (size_t)(s - d->sources) + 1;
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

void
bp_by_subject_init(struct bp_by_subject *b, const struct bp_doc *d)
{
	struct list	 l = LIST(bp_subject, d->subjects, d->nsubjects, id);

	b->d = d;
	/* The document's own index when it has one: nothing to sort. */
	b->own = d->subject_order == NULL;
	b->order = b->own ? sorted(&l) : d->subject_order;
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
	if (b->own)
		free(b->order);
	b->order = NULL;
}

void
bp_doc_free(struct bp_doc *d)
{
	if (d == NULL)
		return;
	/* Texts and small lists are in the arena; the item lists are not. */
	free(d->subjects);
	free(d->features);
	free(d->sections);
	free(d->faqs);
	free(d->sources);
	free(d->subject_order);
	free(d->feature_order);
	free(d->choice_order);
	free(d->source_order);
	bp_arena_free(&d->arena);
	free(d->file);
	free(d);
}
