/* diff: what changed between two comparisons, as data every format draws. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "model/bp_schema.h"
#include "query/bp_diff.h"

/*
 * No item: an index that pairs with nothing.  Indexes are 32 bits: input
 * is at most 64 MiB, and a list of short items pays for each index.
 */
#define NONE		UINT32_MAX

/* ---- Pairing items by id. ---- */

/* A list whose items have a text (an id, a subject id) at the same offset. */
struct list {
	const char	*base;
	size_t		 n, stride;
};

static struct list
list_of(const void *arr, size_t n, size_t stride, size_t off)
{
	struct list	 l;

	l.base = arr != NULL ? (const char *)arr + off : NULL;
	l.n = arr != NULL ? n : 0;
	l.stride = stride;
	return l;
}

#define LIST(type, arr, n, member) \
	list_of((arr), (n), sizeof(struct type), offsetof(struct type, member))

static const struct bp_text *
text_at(const struct list *l, size_t i)
{
	return (const struct bp_text *)(l->base + i * l->stride);
}

/* The items of l sorted by their text. */
static uint32_t *
sorted(const struct list *l)
{
	return bp_sort_by_text(l->base, l->n, l->stride, 0);
}

/* Room for the pairing of o and n: o2n and n2o, freed with free(). */
static void
pairing_new(const struct list *o, const struct list *n, uint32_t **o2n,
    uint32_t **n2o)
{
	*o2n = bp_calloc(o->n + 1, sizeof(**o2n));
	*n2o = bp_calloc(n->n + 1, sizeof(**n2o));
}

/*
 * Pairs the items of o and n that have the same text by merging both
 * sorted, never item by item: o2n[i] is the new index of old item i, n2o
 * the old index of new item j, NONE when unpaired.  A text given twice
 * pairs first with first; an item without one pairs with nothing.
 */
static void
pair(const struct list *o, const struct list *n, uint32_t *o2n, uint32_t *n2o)
{
	const struct bp_text	*a, *b;
	uint32_t		*os = sorted(o), *ns = sorted(n);
	size_t			 i, j;
	int			 c;

	for (i = 0; i < o->n; i++)
		o2n[i] = NONE;
	for (j = 0; j < n->n; j++)
		n2o[j] = NONE;
	for (i = j = 0; i < o->n && j < n->n; ) {
		a = text_at(o, os[i]);
		b = text_at(n, ns[j]);
		if (a->s == NULL || b->s == NULL)
			break;		/* absent ones sort last */
		if ((c = bp_text_cmp(a, b)) < 0)
			i++;
		else if (c > 0)
			j++;
		else {
			o2n[os[i]] = ns[j];
			n2o[ns[j]] = os[i];
			i++;
			j++;
		}
	}
	free(os);
	free(ns);
}

/*
 * Sets moved[j] for the paired new items that are reported moved (of on
 * old and nn new ones): all but a longest run that keeps the old order
 * (a longest increasing subsequence, patience sorting, O(n log n)), so
 * that one item moved far is one move, not one for every item it passed.
 * An item at the same place on both sides is in the run: a move "from 2
 * to 2" would say nothing.  Such items are in the old order among
 * themselves, and the run is the longest of the items that stand on the
 * same side of each of them in both lists: that may be shorter than the
 * longest run of all, more moves for none that says nothing.
 */
static void
moves(const uint32_t *n2o, size_t on, size_t nn, unsigned char *moved)
{
	uint32_t	*before, *seq, *tail, *prev, k = 0, len = 0, i, in;
	size_t		 j, lo, hi, mid, sum;

	/* before[o]: how many items in place come before old place o. */
	before = bp_calloc(on + 1, sizeof(*before));
	for (j = 0; j < nn; j++)
		if (n2o[j] == j)
			before[j] = 1;
	for (j = sum = 0; j <= on; j++) {
		in = before[j];
		before[j] = (uint32_t)sum;
		sum += in;
	}
	seq = bp_calloc(nn + 1, sizeof(*seq));
	tail = bp_calloc(nn + 1, sizeof(*tail));
	prev = bp_calloc(nn + 1, sizeof(*prev));
	for (j = in = 0; j < nn; j++) {
		moved[j] = n2o[j] != NONE;
		/* As many in place before it on both sides: it may stay. */
		if (n2o[j] != NONE && before[n2o[j]] == in)
			seq[k++] = (uint32_t)j;
		in += n2o[j] == j;
	}
	for (i = 0; i < k; i++) {
		/* The first run whose last old index is not below ours. */
		for (lo = 0, hi = len; lo < hi; ) {
			mid = lo + (hi - lo) / 2;
			if (n2o[seq[tail[mid]]] < n2o[seq[i]])
				lo = mid + 1;
			else
				hi = mid;
		}
		prev[i] = lo > 0 ? tail[lo - 1] : NONE;
		tail[lo] = i;
		if (lo == len)
			len++;
	}
	for (i = len > 0 ? tail[len - 1] : NONE; i != NONE; i = prev[i])
		moved[seq[i]] = 0;
	free(before);
	free(seq);
	free(tail);
	free(prev);
}

/* ---- Finding the changes. ---- */

/* A walk over both sides: each change found goes to fn as it is made. */
struct walk {
	bp_diff_fn		  fn;
	void			 *arg;
	size_t			  n;		/* changes so far */
	unsigned char		  made;		/* the next change's texts' */
	struct bp_buf		  a, b;		/* scratch: a list as one text */
	const struct bp_text	**ids[2];	/* scratch: an edge's ids */
	size_t			  idcap;
};

static void
item(struct walk *w, enum bp_change ch, const char *what, const char *id,
    const char *key, const struct bp_text *o, const struct bp_text *n,
    unsigned int from, unsigned int to)
{
	struct bp_diff_item	 it;

	memset(&it, 0, sizeof(it));
	it.change = ch;
	it.what = what;
	it.id = id;
	it.key = key;
	if (o != NULL && o->s != NULL) {
		it.old = o->s;
		it.oldlen = o->len;
	}
	if (n != NULL && n->s != NULL) {
		it.new = n->s;
		it.newlen = n->len;
	}
	it.from = from;
	it.to = to;
	it.made = w->made;
	w->made = 0;
	w->n++;
	if (w->fn != NULL)
		w->fn(&it, w->arg);
}

/* A text on both sides, absent on either: an item when they differ. */
static void
field(struct walk *w, const char *what, const char *id, const char *key,
    const struct bp_text *o, const struct bp_text *n)
{
	if (bp_text_cmp(o, n) == 0)
		return;
	item(w, o->s == NULL ? BP_CH_ADDED : n->s == NULL ? BP_CH_REMOVED :
	    BP_CH_CHANGED, what, id, key, o, n, 0, 0);
}

/*
 * A list of texts as one, "a, b", as an edge that several share is
 * shown; an item that holds a comma is quoted, "\"a, b\"", so that two
 * lists that differ never read the same.
 */
static void
join(struct bp_buf *out, const struct bp_text *v, size_t n)
{
	size_t	 i;

	out->len = 0;
	bp_buf_putn(out, LIT(""));
	for (i = 0; i < n; i++) {
		if (i > 0)
			bp_buf_puts(out, ", ");
		if (memchr(v[i].s, ',', v[i].len) != NULL ||
		    memchr(v[i].s, '"', v[i].len) != NULL) {
			bp_buf_putc(out, '"');
			bp_buf_putn(out, v[i].s, v[i].len);
			bp_buf_putc(out, '"');
		} else
			bp_buf_putn(out, v[i].s, v[i].len);
	}
}

/*
 * The texts in w->a (when ohas) and w->b (nhas), which differ: an item
 * whose texts are made for it, and live while fn runs.
 */
static void
held_field(struct walk *w, const char *what, const char *id, const char *key,
    int ohas, int nhas)
{
	struct bp_text	 o, n;

	memset(&o, 0, sizeof(o));
	memset(&n, 0, sizeof(n));
	w->made = (ohas ? BP_MADE_OLD : 0) | (nhas ? BP_MADE_NEW : 0);
	if (ohas) {
		o.s = w->a.data;
		o.len = (unsigned int)w->a.len;
	}
	if (nhas) {
		n.s = w->b.data;
		n.len = (unsigned int)w->b.len;
	}
	item(w, !ohas ? BP_CH_ADDED : !nhas ? BP_CH_REMOVED : BP_CH_CHANGED,
	    what, id, key, &o, &n, 0, 0);
}

/* A list (keywords, sources) as one text: an item when any of it changed. */
static void
texts_field(struct walk *w, const char *what, const char *id,
    const char *key, const struct bp_texts *o, const struct bp_texts *n)
{
	size_t	 i;

	for (i = 0; o->n == n->n && i < o->n; i++)
		if (bp_text_cmp(&o->v[i], &n->v[i]) != 0)
			break;
	if (o->n == n->n && i == o->n)
		return;
	join(&w->a, o->v, o->n);
	join(&w->b, n->v, n->n);
	held_field(w, what, id, key, o->n > 0, n->n > 0);
}

/* One list of items matched by id: subjects, features, sections... */
struct part {
	const char		*what;
	size_t			 stride;
	size_t			 idoff;
	size_t			 nameoff;	/* what an added or removed one shows */
	int			 moves;		/* its order means something */
	const struct bp_kind	*kind;		/* its keys, from the schema */
	void			(*more)(struct walk *, const void *,
				    const void *);
};

/*
 * Two lists matched by their texts (l->base): those only one side has
 * are removed or added, in order, each shown by the text valrel bytes
 * from its own.  Keyed, the list's texts are subject ids, and the shown
 * texts of those both sides have are compared.
 */
static void
unpaired(struct walk *w, const char *what, const char *id,
    const struct list *ol, const struct list *nl, ptrdiff_t valrel,
    int keyed)
{
	uint32_t	*o2n, *n2o;
	size_t		 i;

#define SHOWN(l, i)	((const struct bp_text *)((l)->base + \
			    (i) * (l)->stride + valrel))
	pairing_new(ol, nl, &o2n, &n2o);
	pair(ol, nl, o2n, n2o);
	for (i = 0; i < ol->n; i++)
		if (o2n[i] == NONE)
			item(w, BP_CH_REMOVED, what, id, keyed ?
			    text_at(ol, i)->s : NULL, SHOWN(ol, i), NULL, 0, 0);
	for (i = 0; i < nl->n; i++) {
		if (n2o[i] == NONE)
			item(w, BP_CH_ADDED, what, id, keyed ?
			    text_at(nl, i)->s : NULL, NULL, SHOWN(nl, i), 0, 0);
		else if (keyed)
			field(w, what, id, text_at(nl, i)->s,
			    SHOWN(ol, n2o[i]), SHOWN(nl, i));
	}
#undef SHOWN
	free(o2n);
	free(n2o);
}

/* A feature's values, by subject id: those only one side has are added or removed. */
static void
values(struct walk *w, const struct bp_feature *o, const struct bp_feature *n)
{
	struct list	 ol = LIST(bp_value, o->values, o->nvalues, subject);
	struct list	 nl = LIST(bp_value, n->values, n->nvalues, subject);

	unpaired(w, "value", n->id.s, &ol, &nl,
	    (ptrdiff_t)offsetof(struct bp_value, text) -
	    (ptrdiff_t)offsetof(struct bp_value, subject), 1);
}

/* An edge as text: one id or "tie" as written, or the ids that share it. */
static int
edge_text(struct bp_buf *out, const struct bp_feature *f)
{
	if (f->edge.s != NULL) {
		out->len = 0;
		bp_buf_putn(out, f->edge.s, f->edge.len);
	} else
		join(out, f->edges.v, f->edges.n);
	return bp_has_edge(f);
}

static int
cmp_textp(const void *a, const void *b)
{
	return bp_text_cmp(*(const struct bp_text *const *)a,
	    *(const struct bp_text *const *)b);
}

/*
 * Whether two features have the same edge: none, a tie, or the same
 * subjects.  A list of the subjects that share an edge is a set, as
 * bpolpo(5) says: "[a, b]" is "[b, a]", and "a" is "[a]".
 */
static int
same_edge(struct walk *w, const struct bp_feature *o,
    const struct bp_feature *n)
{
	const struct bp_text	*v[2];
	size_t			 k[2], i, side;

	if (bp_has_edge(o) != bp_has_edge(n))
		return 0;
	k[0] = bp_edge_ids(o, &v[0]);
	k[1] = bp_edge_ids(n, &v[1]);
	if (k[0] != k[1])
		return 0;
	if (k[0] > w->idcap) {
		w->idcap = k[0];
		for (side = 0; side < 2; side++)
			w->ids[side] = bp_reallocarray(w->ids[side], w->idcap,
			    sizeof(*w->ids[side]));
	}
	for (side = 0; side < 2; side++) {
		for (i = 0; i < k[0]; i++)
			w->ids[side][i] = &v[side][i];
		if (k[0] > 1)
			qsort(w->ids[side], k[0], sizeof(*w->ids[side]),
			    cmp_textp);
	}
	for (i = 0; i < k[0]; i++)
		if (bp_text_cmp(w->ids[0][i], w->ids[1][i]) != 0)
			return 0;
	return 1;
}

static void
feature_more(struct walk *w, const void *ov, const void *nv)
{
	const struct bp_feature	*o = ov, *n = nv;
	int			 ohas, nhas;

	values(w, o, n);
	if (same_edge(w, o, n))
		return;
	ohas = edge_text(&w->a, o);
	nhas = edge_text(&w->b, n);
	held_field(w, "edge", n->id.s, NULL, ohas, nhas);
}

#define PART(what, type, name, moves, kind, more)			\
	{ (what), sizeof(struct type), offsetof(struct type, id),	\
	  offsetof(struct type, name), (moves), &(kind), (more) }

static const struct part subject_part =
    PART("subject", bp_subject, name, 0, bp_subject_kind, NULL);
static const struct part feature_part =
    PART("feature", bp_feature, label, 1, bp_feature_kind, feature_more);
static const struct part section_part =
    PART("section", bp_section, title, 1, bp_section_kind, NULL);
static const struct part faq_part =
    PART("faq", bp_faq, question, 1, bp_faq_kind, NULL);
static const struct part source_part =
    PART("source", bp_source, title, 1, bp_source_kind, NULL);

#define AT(base, i, p, off) \
	((const struct bp_text *)((const char *)(base) + (i) * (p)->stride + \
	    (off)))

/*
 * One list: those removed in the old order, then the new list in its
 * order, each added, or moved and changed.
 */
static void
part(struct walk *w, const struct part *p, const void *ov, size_t on,
    const void *nv, size_t nn)
{
	const struct bp_field	*f;
	struct list		 ol = list_of(ov, on, p->stride, p->idoff);
	struct list		 nl = list_of(nv, nn, p->stride, p->idoff);
	uint32_t		*o2n, *n2o;
	size_t			 i, j;
	unsigned char		*moved;
	const char		*id;

	pairing_new(&ol, &nl, &o2n, &n2o);
	moved = bp_calloc(nl.n + 1, 1);
	pair(&ol, &nl, o2n, n2o);
	if (p->moves)
		moves(n2o, ol.n, nl.n, moved);
	for (i = 0; i < ol.n; i++)
		if (o2n[i] == NONE)
			item(w, BP_CH_REMOVED, p->what, AT(ov, i, p,
			    p->idoff)->s, NULL, AT(ov, i, p, p->nameoff), NULL,
			    0, 0);
	for (j = 0; j < nl.n; j++) {
		id = AT(nv, j, p, p->idoff)->s;
		if ((i = n2o[j]) == NONE) {
			item(w, BP_CH_ADDED, p->what, id, NULL, NULL,
			    AT(nv, j, p, p->nameoff), 0, 0);
			continue;
		}
		if (moved[j])
			item(w, BP_CH_MOVED, p->what, id, NULL, NULL, NULL,
			    (unsigned int)(i + 1), (unsigned int)(j + 1));
		/*
		 * Each text and list of texts the schema gives the item, but
		 * its id (what matched it) and what more() compares its own
		 * way (a feature's edge and values).
		 */
		for (f = p->kind->fields; f->key != NULL; f++)
			if (f->off == p->idoff)
				continue;
			else if (f->type == BP_F_LINES || f->type == BP_F_REFS)
				texts_field(w, p->what, id, f->key,
				    (const struct bp_texts *)AT(ov, i, p, f->off),
				    (const struct bp_texts *)AT(nv, j, p, f->off));
			else if (f->type == BP_F_LINE || f->type == BP_F_PROSE)
				field(w, p->what, id, f->key, AT(ov, i, p,
				    f->off), AT(nv, j, p, f->off));
		if (p->more != NULL)
			p->more(w, (const char *)ov + i * p->stride,
			    (const char *)nv + j * p->stride);
	}
	free(o2n);
	free(n2o);
	free(moved);
}

/*
 * The choose lists for a subject, as lists of texts: those only the old
 * one has, in its order, then those only the new one has (every item of
 * a list only one side has).  A text given twice counts twice.
 */
static void
choose_items(struct walk *w, const char *id, const struct bp_texts *o,
    const struct bp_texts *n)
{
	struct list	 ol = LIST(bp_text, o->v, o->n, s);
	struct list	 nl = LIST(bp_text, n->v, n->n, s);

	unpaired(w, "choose", id, &ol, &nl, 0, 0);
}

static void
choose(struct walk *w, const struct bp_doc *od, const struct bp_doc *nd)
{
	static const struct bp_texts	 none;
	struct list			 ol = LIST(bp_choice, od->choices,
					    od->nchoices, subject);
	struct list			 nl = LIST(bp_choice, nd->choices,
					    nd->nchoices, subject);
	uint32_t			*o2n, *n2o;
	size_t				 i;

	pairing_new(&ol, &nl, &o2n, &n2o);
	pair(&ol, &nl, o2n, n2o);
	for (i = 0; i < ol.n; i++)
		if (o2n[i] == NONE)
			choose_items(w, od->choices[i].subject.s,
			    &od->choices[i].items, &none);
	for (i = 0; i < nl.n; i++)
		choose_items(w, nd->choices[i].subject.s, n2o[i] == NONE ?
		    &none : &od->choices[n2o[i]].items, &nd->choices[i].items);
	free(o2n);
	free(n2o);
}

size_t
bp_diff_walk(const struct bp_doc *old, const struct bp_doc *new,
    bp_diff_fn fn, void *arg)
{
	struct walk	 w;

	memset(&w, 0, sizeof(w));
	w.fn = fn;
	w.arg = arg;
	field(&w, "title", NULL, NULL, &old->title, &new->title);
	field(&w, "updated", NULL, NULL, &old->updated, &new->updated);
	field(&w, "summary", NULL, NULL, &old->summary, &new->summary);
	part(&w, &subject_part, old->subjects, old->nsubjects, new->subjects,
	    new->nsubjects);
	part(&w, &feature_part, old->features, old->nfeatures, new->features,
	    new->nfeatures);
	choose(&w, old, new);
	part(&w, &section_part, old->sections, old->nsections, new->sections,
	    new->nsections);
	part(&w, &faq_part, old->faqs, old->nfaqs, new->faqs, new->nfaqs);
	part(&w, &source_part, old->sources, old->nsources, new->sources,
	    new->nsources);
	bp_buf_free(&w.a);
	bp_buf_free(&w.b);
	free(w.ids[0]);
	free(w.ids[1]);
	return w.n;
}

/* ---- Holding the changes. ---- */

/* A text made for a held item (an edge, a list), at off in held. */
struct fixup {
	size_t	 item;
	int	 side;		/* 0: old, 1: new */
	size_t	 off;
};

struct keep {
	struct bp_diff	*d;
	struct fixup	*fix;		/* held only grows while keeping: */
	size_t		 nfix, fixcap;	/* pointers into it are set last */
};

/* Gives item k's text on a side a copy in held, NUL-terminated. */
static void
keep_text(struct keep *kp, size_t k, int side, const char *s, size_t len)
{
	struct bp_diff	*d = kp->d;

	if (kp->nfix == kp->fixcap) {
		kp->fixcap = kp->fixcap > 0 ? kp->fixcap * 2 : 16;
		kp->fix = bp_reallocarray(kp->fix, kp->fixcap,
		    sizeof(*kp->fix));
	}
	kp->fix[kp->nfix].item = k;
	kp->fix[kp->nfix].side = side;
	kp->fix[kp->nfix].off = d->held.len;
	kp->nfix++;
	bp_buf_putn(&d->held, s, len);
	bp_buf_putc(&d->held, '\0');
}

/* Keeps a change, and a copy of each text made for it alone. */
static void
keep(const struct bp_diff_item *it, void *arg)
{
	struct keep	*kp = arg;
	struct bp_diff	*d = kp->d;

	/* By half again, not double: a list all removed is many items. */
	if (d->n == d->cap) {
		d->cap = d->cap > 0 ? d->cap + d->cap / 2 : 64;
		d->v = bp_reallocarray(d->v, d->cap, sizeof(*d->v));
	}
	d->v[d->n] = *it;
	if (it->made & BP_MADE_OLD)
		keep_text(kp, d->n, 0, it->old, it->oldlen);
	if (it->made & BP_MADE_NEW)
		keep_text(kp, d->n, 1, it->new, it->newlen);
	d->v[d->n].made = 0;
	d->n++;
}

void
bp_diff(const struct bp_doc *old, const struct bp_doc *new, struct bp_diff *d)
{
	struct keep		 kp;
	struct bp_diff_item	*it;
	size_t			 i;

	memset(&kp, 0, sizeof(kp));
	kp.d = d;
	bp_diff_walk(old, new, keep, &kp);
	/* held is done growing: its texts stay where they are now. */
	for (i = 0; i < kp.nfix; i++) {
		it = &d->v[kp.fix[i].item];
		if (kp.fix[i].side == 0)
			it->old = d->held.data + kp.fix[i].off;
		else
			it->new = d->held.data + kp.fix[i].off;
	}
	free(kp.fix);
}

void
bp_diff_sides(const struct bp_doc *old, const struct bp_doc *new,
    struct bp_diff *d)
{
	d->old = old;
	d->new = new;
	d->n = bp_diff_walk(old, new, NULL, NULL);
}

void
bp_diff_free(struct bp_diff *d)
{
	free(d->v);
	bp_buf_free(&d->held);
	memset(d, 0, sizeof(*d));
}

void
bp_diff_each(const struct bp_diff *d, bp_diff_fn fn, void *arg)
{
	size_t	 i;

	if (d->old != NULL) {
		bp_diff_walk(d->old, d->new, fn, arg);
		return;
	}
	for (i = 0; i < d->n; i++)
		fn(&d->v[i], arg);
}


/* ---- How a change is named: what every format says of it. ---- */

/* The parts of a comparison, in the order the changes are listed. */
const char *const bp_diff_parts[BP_DIFF_PARTS] = {
	"Title and summary", "Subjects", "Features", "Choose lists",
	"Sections", "FAQ", "Sources"
};

static const struct {
	const char	*what;
	size_t		 part;
	const char	*shown;		/* how the item is called */
} whats[] = {
	{ "title", 0, "title" },
	{ "updated", 0, "date" },
	{ "summary", 0, "summary" },
	{ "subject", 1, "subject" },
	{ "feature", 2, "feature" },
	{ "value", 2, "feature" },
	{ "edge", 2, "feature" },
	{ "choose", 3, "choose list" },
	{ "section", 4, "section" },
	{ "faq", 5, "question" },
	{ "source", 6, "source" },
};

static size_t
what_index(const char *what)
{
	size_t	 i;

	for (i = 0; i < sizeof(whats) / sizeof(whats[0]); i++)
		if (strcmp(whats[i].what, what) == 0)
			return i;
	return 0;
}


/* An id or key quoted: "'lpo'", the data put as the output needs. */
static void
quote(struct bp_buf *out, bp_put_fn put, const char *s)
{
	bp_buf_putc(out, '\'');
	put(out, s, strlen(s));
	bp_buf_putc(out, '\'');
}

/*
 * What inside an item changed: "value for 'lpo'", "edge", "item" (of a
 * choose list), a key; 0 when the item itself was added, removed or
 * moved.
 */
static int
sub_label(struct bp_buf *out, bp_put_fn put, const struct bp_diff_item *it)
{
	if (strcmp(it->what, "value") == 0) {
		bp_buf_puts(out, "value for ");
		quote(out, put, it->key != NULL ? it->key : "");
	} else if (strcmp(it->what, "edge") == 0)
		bp_buf_puts(out, "edge");
	else if (strcmp(it->what, "choose") == 0)
		bp_buf_puts(out, "item");
	else if (it->key != NULL)
		put(out, it->key, strlen(it->key));
	else
		return 0;
	return 1;
}

void
bp_diff_label(struct bp_buf *out, bp_put_fn put, const struct bp_diff_item *it,
    int md)
{
	size_t	 at;

	if (md && sub_label(out, put, it))
		bp_buf_puts(out, " of ");
	bp_buf_puts(out, whats[what_index(it->what)].shown);
	if (it->id != NULL) {
		bp_buf_putc(out, ' ');
		quote(out, put, it->id);
	}
	if (md)
		return;
	at = out->len;
	bp_buf_puts(out, ": ");
	if (!sub_label(out, put, it)) {
		out->len = at;
		out->data[at] = '\0';
	}
}

size_t
bp_diff_part(const struct bp_diff_item *it)
{
	return whats[what_index(it->what)].part;
}
