/* diff: what changed between two comparisons, as a changelog, a release note and JSON. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_diff.h"
#include "bp_doc.h"
#include "bp_render.h"
#include "bp_term.h"
#include "bp_text.h"

/*
 * No item: an index that pairs with nothing.  Indexes are 32 bits: input
 * is at most 64 MiB, and a list of short items pays for each index.
 */
#define NONE		UINT32_MAX

/*
 * A changed text whose middle (less the words both sides share at its
 * ends) has more words than this on a side is shown as taken out and put
 * in whole: the word diff below is quadratic in that middle.
 */
#define WORDS_MAX	2000
/*
 * Cells of word tables one output may fill in all: past them, texts show
 * whole, so that a file of many long changed texts stays fast.
 */
#define CELLS_MAX	((size_t)64 * 1024 * 1024)

/*
 * A changelog line is made and wrapped this many bytes at a time: a
 * changed text of millions of words costs a piece, not its size.
 */
#define WINDOW		((size_t)64 * 1024)

/* The changelog's continuation lines sit under the text, past the marker. */
#define INDENT		2

/* SGR for the words a change took out and put in, as git diff colors them. */
#define SGR_DEL		"\033[31m"
#define SGR_INS		"\033[32m"
#define SGR_OFF		"\033[0m"

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

/* Texts by their bytes, then their length; absent ones last. */
static int
textcmp(const struct bp_text *a, const struct bp_text *b)
{
	int	 c;

	if (a->s == NULL || b->s == NULL)
		return (a->s == NULL) - (b->s == NULL);
	c = memcmp(a->s, b->s, a->len < b->len ? a->len : b->len);
	return c != 0 ? c : (a->len > b->len) - (a->len < b->len);
}

/* qsort_r is not C17: the list being sorted, for the comparisons. */
static const struct list	*sorting;

static int
cmp_index(const void *a, const void *b)
{
	uint32_t	 x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	int		 c = textcmp(text_at(sorting, x), text_at(sorting, y));

	/* The same text twice: the first in the file first. */
	return c != 0 ? c : (x > y) - (x < y);
}

static uint32_t *
sorted(const struct list *l)
{
	uint32_t	*order;
	size_t		 i;

	order = bp_calloc(l->n + 1, sizeof(*order));
	for (i = 0; i < l->n; i++)
		order[i] = (uint32_t)i;
	sorting = l;
	if (l->n > 1)
		qsort(order, l->n, sizeof(*order), cmp_index);
	sorting = NULL;
	return order;
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
		if ((c = textcmp(a, b)) < 0)
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
	if (textcmp(o, n) == 0)
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
		if (textcmp(&o->v[i], &n->v[i]) != 0)
			break;
	if (o->n == n->n && i == o->n)
		return;
	join(&w->a, o->v, o->n);
	join(&w->b, n->v, n->n);
	held_field(w, what, id, key, o->n > 0, n->n > 0);
}

/* A key of an item, and how it is compared. */
struct fieldspec {
	const char	*key;
	size_t		 off;
	int		 list;		/* a struct bp_texts, not a bp_text */
};

/* One list of items matched by id: subjects, features, sections... */
struct part {
	const char		*what;
	size_t			 stride;
	size_t			 idoff;
	size_t			 nameoff;	/* what an added or removed one shows */
	int			 moves;		/* its order means something */
	const struct fieldspec	*fields;
	void			(*more)(struct walk *, const void *,
				    const void *);
};

/* A feature's values, by subject id: those only one side has are added or removed. */
static void
values(struct walk *w, const struct bp_feature *o, const struct bp_feature *n)
{
	struct list	 ol = LIST(bp_value, o->values, o->nvalues, subject);
	struct list	 nl = LIST(bp_value, n->values, n->nvalues, subject);
	uint32_t	*o2n, *n2o;
	size_t		 i;

	pairing_new(&ol, &nl, &o2n, &n2o);
	pair(&ol, &nl, o2n, n2o);
	for (i = 0; i < ol.n; i++)
		if (o2n[i] == NONE)
			item(w, BP_CH_REMOVED, "value", o->id.s,
			    o->values[i].subject.s, &o->values[i].text, NULL,
			    0, 0);
	for (i = 0; i < nl.n; i++) {
		if (n2o[i] == NONE)
			item(w, BP_CH_ADDED, "value", n->id.s,
			    n->values[i].subject.s, NULL, &n->values[i].text,
			    0, 0);
		else
			field(w, "value", n->id.s, n->values[i].subject.s,
			    &o->values[n2o[i]].text, &n->values[i].text);
	}
	free(o2n);
	free(n2o);
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
	return textcmp(*(const struct bp_text *const *)a,
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
		if (textcmp(w->ids[0][i], w->ids[1][i]) != 0)
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

static const struct fieldspec subject_fields[] = {
	{ "short", offsetof(struct bp_subject, shortname), 0 },
	{ "name", offsetof(struct bp_subject, name), 0 },
	{ "label", offsetof(struct bp_subject, label), 0 },
	{ NULL, 0, 0 }
};
static const struct fieldspec feature_fields[] = {
	{ "label", offsetof(struct bp_feature, label), 0 },
	{ NULL, 0, 0 }
};
static const struct fieldspec section_fields[] = {
	{ "title", offsetof(struct bp_section, title), 0 },
	{ "body", offsetof(struct bp_section, body), 0 },
	{ "sources", offsetof(struct bp_section, sources), 1 },
	{ NULL, 0, 0 }
};
static const struct fieldspec faq_fields[] = {
	{ "question", offsetof(struct bp_faq, question), 0 },
	{ "answer", offsetof(struct bp_faq, answer), 0 },
	{ "keywords", offsetof(struct bp_faq, keywords), 1 },
	{ "sources", offsetof(struct bp_faq, sources), 1 },
	{ NULL, 0, 0 }
};
static const struct fieldspec source_fields[] = {
	{ "title", offsetof(struct bp_source, title), 0 },
	{ "publisher", offsetof(struct bp_source, publisher), 0 },
	{ "url", offsetof(struct bp_source, url), 0 },
	{ NULL, 0, 0 }
};

#define PART(what, type, name, moves, fields, more)			\
	{ (what), sizeof(struct type), offsetof(struct type, id),	\
	  offsetof(struct type, name), (moves), (fields), (more) }

static const struct part subject_part =
    PART("subject", bp_subject, name, 0, subject_fields, NULL);
static const struct part feature_part =
    PART("feature", bp_feature, label, 1, feature_fields, feature_more);
static const struct part section_part =
    PART("section", bp_section, title, 1, section_fields, NULL);
static const struct part faq_part =
    PART("faq", bp_faq, question, 1, faq_fields, NULL);
static const struct part source_part =
    PART("source", bp_source, title, 1, source_fields, NULL);

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
	const struct fieldspec	*f;
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
		for (f = p->fields; f->key != NULL; f++)
			if (f->list)
				texts_field(w, p->what, id, f->key,
				    (const struct bp_texts *)AT(ov, i, p, f->off),
				    (const struct bp_texts *)AT(nv, j, p, f->off));
			else
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
	uint32_t	*o2n, *n2o;
	size_t		 i;

	pairing_new(&ol, &nl, &o2n, &n2o);
	pair(&ol, &nl, o2n, n2o);
	for (i = 0; i < ol.n; i++)
		if (o2n[i] == NONE)
			item(w, BP_CH_REMOVED, "choose", id, NULL, &o->v[i],
			    NULL, 0, 0);
	for (i = 0; i < nl.n; i++)
		if (n2o[i] == NONE)
			item(w, BP_CH_ADDED, "choose", id, NULL, NULL, &n->v[i],
			    0, 0);
	free(o2n);
	free(n2o);
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

/* Each change of d to fn: those held, or those found again. */
static void
each(const struct bp_diff *d, bp_diff_fn fn, void *arg)
{
	size_t	 i;

	if (d->old != NULL) {
		bp_diff_walk(d->old, d->new, fn, arg);
		return;
	}
	for (i = 0; i < d->n; i++)
		fn(&d->v[i], arg);
}

/* ---- Changed words. ---- */

enum wop {
	W_SAME,
	W_DEL,
	W_INS
};

struct word {
	const char	*s;
	size_t		 len;
	uint32_t	 hash;		/* words mostly differ here: fewer memcmp */
};

struct words {
	struct word	*v;
	size_t		 n, cap;
};

/*
 * A run of words that one side or both have, where they lie: from its
 * first word to the end of its last, white space between them.
 */
struct run {
	enum wop	 op;
	const char	*s;
	size_t		 len;
};

struct wdiff {
	struct words	 a, b;
	struct run	*v;
	size_t		 n, cap;
	unsigned char	*bits;		/* per cell of the table: drop a word of a */
	size_t		 bitcap;
	size_t		*row;		/* two rows of the table */
	size_t		 rowcap;
	size_t		*pairs;		/* the common words: i, j, last first */
	size_t		 paircap;
	size_t		 cells;		/* filled so far, up to CELLS_MAX */
};

static int
white(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

/*
 * Words are runs of anything but white space, which only separates them.
 * The word of s[*i..len) from *i on: 0 when there is none; else its
 * bytes in *w and *wl, and *i past it.
 */
static int
next_word(const char *s, size_t len, size_t *i, const char **w, size_t *wl)
{
	size_t	 j = *i, k;

	while (j < len && white(s[j]))
		j++;
	if (j == len)
		return 0;
	for (k = j; k < len && !white(s[k]); k++)
		;
	*w = s + j;
	*wl = k - j;
	*i = k;
	return 1;
}

/* The same backwards: the last word of s[lo..*e), and *e before it. */
static int
prev_word(const char *s, size_t lo, size_t *e, const char **w, size_t *wl)
{
	size_t	 j = *e, k;

	while (j > lo && white(s[j - 1]))
		j--;
	if (j == lo)
		return 0;
	for (k = j; k > lo && !white(s[k - 1]); k--)
		;
	*w = s + k;
	*wl = j - k;
	*e = k;
	return 1;
}

/* The words of s (len bytes), counted up to max + 1. */
static size_t
count_words(const char *s, size_t len, size_t max)
{
	const char	*w;
	size_t		 i = 0, wl, n = 0;

	while (n <= max && next_word(s, len, &i, &w, &wl))
		n++;
	return n;
}

/* The words of s (len bytes) into w, each with its hash. */
static void
split(struct words *w, const char *s, size_t len)
{
	const char	*p;
	size_t		 i = 0, k, pl;
	uint32_t	 h;

	w->n = 0;
	while (next_word(s, len, &i, &p, &pl)) {
		/* FNV-1a. */
		for (k = 0, h = 2166136261u; k < pl; k++)
			h = (h ^ (unsigned char)p[k]) * 16777619u;
		if (w->n == w->cap) {
			w->cap = w->cap > 0 ? w->cap * 2 : 32;
			w->v = bp_reallocarray(w->v, w->cap, sizeof(*w->v));
		}
		w->v[w->n].s = p;
		w->v[w->n].len = pl;
		w->v[w->n].hash = h;
		w->n++;
	}
}

static int
same_word(const struct word *a, const struct word *b)
{
	return a->hash == b->hash && a->len == b->len &&
	    memcmp(a->s, b->s, a->len) == 0;
}

/*
 * Adds the words from s to e (the end of the last) as a run; the words
 * of a run and of the one before with the same op are next to each other
 * in one text when only white space is between them: then one run.
 */
static void
run(struct wdiff *wd, enum wop op, const char *s, const char *e)
{
	struct run	*last = wd->n > 0 ? &wd->v[wd->n - 1] : NULL;
	const char	*p;

	if (s == e)
		return;
	/* One op is one side: DEL of the old text, SAME and INS the new. */
	if (last != NULL && last->op == op && last->s + last->len <= s) {
		for (p = last->s + last->len; p < s && white(*p); p++)
			;
		if (p == s) {
			last->len = (size_t)(e - last->s);
			return;
		}
	}
	if (wd->n == wd->cap) {
		wd->cap = wd->cap > 0 ? wd->cap * 2 : 16;
		wd->v = bp_reallocarray(wd->v, wd->cap, sizeof(*wd->v));
	}
	wd->v[wd->n].op = op;
	wd->v[wd->n].s = s;
	wd->v[wd->n].len = (size_t)(e - s);
	wd->n++;
}

/* The words of s (len bytes), all of them, as a run. */
static void
run_text(struct wdiff *wd, enum wop op, const char *s, size_t len)
{
	const char	*first, *last;
	size_t		 i = 0, e = len, fl, ll;

	if (!next_word(s, len, &i, &first, &fl) ||
	    !prev_word(s, 0, &e, &last, &ll))
		return;
	run(wd, op, first, last + ll);
}

/* Words n of v, from first to last, as a run. */
static void
run_words(struct wdiff *wd, enum wop op, const struct word *v, size_t n)
{
	if (n > 0)
		run(wd, op, v[0].s, v[n - 1].s + v[n - 1].len);
}

static void *
room(void *p, size_t *cap, size_t n, size_t size)
{
	if (n <= *cap)
		return p;
	*cap = n;
	return bp_reallocarray(p, n, size);
}

/*
 * The words between the common ends, o (olen bytes) and n: a longest
 * common subsequence, one row of lengths at a time and a bit a cell for
 * the way back; between two common words, what went out comes before
 * what came in.  Words are split, a record each, only when both sides
 * have few enough for the table: else both are shown whole, as they lie.
 */
static void
middle(struct wdiff *wd, const char *o, size_t olen, const char *n,
    size_t nlen)
{
	const struct word	*a, *b;
	size_t			*prev, *cur, *t, i, j, k, np = 0, pi, pj, cell;
	size_t			 na, nb;

	na = count_words(o, olen, WORDS_MAX);
	nb = count_words(n, nlen, WORDS_MAX);
	if (na == 0 || nb == 0 || na > WORDS_MAX || nb > WORDS_MAX ||
	    na * nb > CELLS_MAX - wd->cells) {
		run_text(wd, W_DEL, o, olen);
		run_text(wd, W_INS, n, nlen);
		return;
	}
	split(&wd->a, o, olen);
	split(&wd->b, n, nlen);
	a = wd->a.v;
	b = wd->b.v;
	wd->cells += na * nb;
	wd->bits = room(wd->bits, &wd->bitcap, (na * nb + 7) / 8, 1);
	memset(wd->bits, 0, (na * nb + 7) / 8);
	wd->row = room(wd->row, &wd->rowcap, 2 * (nb + 1), sizeof(*wd->row));
	wd->pairs = room(wd->pairs, &wd->paircap, 2 * (na < nb ? na : nb),
	    sizeof(*wd->pairs));
	prev = wd->row;
	cur = wd->row + nb + 1;
	memset(prev, 0, (nb + 1) * sizeof(*prev));
	for (i = 1; i <= na; i++) {
		cur[0] = 0;
		for (j = 1; j <= nb; j++) {
			cell = (i - 1) * nb + (j - 1);
			if (same_word(&a[i - 1], &b[j - 1]))
				cur[j] = prev[j - 1] + 1;
			else if (prev[j] >= cur[j - 1]) {
				cur[j] = prev[j];
				wd->bits[cell / 8] |= (unsigned char)(1u <<
				    (cell % 8));
			} else
				cur[j] = cur[j - 1];
		}
		t = prev;
		prev = cur;
		cur = t;
	}
	for (i = na, j = nb; i > 0 && j > 0; ) {
		cell = (i - 1) * nb + (j - 1);
		if (same_word(&a[i - 1], &b[j - 1])) {
			wd->pairs[np++] = --i;
			wd->pairs[np++] = --j;
		} else if (wd->bits[cell / 8] & (1u << (cell % 8)))
			i--;
		else
			j--;
	}
	for (pi = pj = 0, k = np; k > 0; k -= 2) {
		i = wd->pairs[k - 2];
		j = wd->pairs[k - 1];
		run_words(wd, W_DEL, a + pi, i - pi);
		run_words(wd, W_INS, b + pj, j - pj);
		run_words(wd, W_SAME, b + j, 1);
		pi = i + 1;
		pj = j + 1;
	}
	run_words(wd, W_DEL, a + pi, na - pi);
	run_words(wd, W_INS, b + pj, nb - pj);
}

/*
 * The words of o changed into those of n, as runs.  What both share at
 * the ends costs no table and no record, compared where it lies: most
 * edits are small, and a text may be millions of words.
 */
static void
word_diff(struct wdiff *wd, const char *o, size_t olen, const char *n,
    size_t nlen)
{
	const char	*wa, *wb, *ps = NULL, *pe = NULL, *ss = NULL, *se = NULL;
	size_t		 ia = 0, ib = 0, ea = olen, eb = nlen, ja, jb, la, lb;

	wd->n = 0;
	for (;;) {
		ja = ia;
		jb = ib;
		if (!next_word(o, olen, &ja, &wa, &la) ||
		    !next_word(n, nlen, &jb, &wb, &lb) || la != lb ||
		    memcmp(wa, wb, la) != 0)
			break;
		if (ps == NULL)
			ps = wb;
		pe = wb + lb;
		ia = ja;
		ib = jb;
	}
	/* From the end, never into what the start shares. */
	for (;;) {
		ja = ea;
		jb = eb;
		if (!prev_word(o, ia, &ja, &wa, &la) ||
		    !prev_word(n, ib, &jb, &wb, &lb) || la != lb ||
		    memcmp(wa, wb, la) != 0)
			break;
		if (se == NULL)
			se = wb + lb;
		ss = wb;
		ea = ja;
		eb = jb;
	}
	if (ps != NULL)
		run(wd, W_SAME, ps, pe);
	middle(wd, o + ia, ea - ia, n + ib, eb - ib);
	if (ss != NULL)
		run(wd, W_SAME, ss, se);
}

/* A text shown whole, as one run. */
static void
word_all(struct wdiff *wd, const char *s, size_t len)
{
	wd->n = 0;
	if (s != NULL)
		run_text(wd, W_SAME, s, len);
}

static int
changed_words(const struct wdiff *wd)
{
	size_t	 i;

	for (i = 0; i < wd->n; i++)
		if (wd->v[i].op != W_SAME)
			return 1;
	return 0;
}

static void
wdiff_free(struct wdiff *wd)
{
	free(wd->a.v);
	free(wd->b.v);
	free(wd->v);
	free(wd->bits);
	free(wd->row);
	free(wd->pairs);
}

/* ---- What the renderers share. ---- */

/* The parts of a comparison, in the order the changes are listed. */
static const char *const parts[] = {
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

/* How data (an id, a key) goes into a label: made safe, or escaped. */
typedef void	(*put_fn)(struct bp_buf *, const char *, size_t);

/* An id or key quoted: "'lpo'", the data put as the output needs. */
static void
quote(struct bp_buf *out, put_fn put, const char *s)
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
sub_label(struct bp_buf *out, put_fn put, const struct bp_diff_item *it)
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

/*
 * Appends what a change is about: "title", "feature 'cost'", then what in
 * it changed, "feature 'cost': value for 'lpo'"; a release note (md) says
 * it the other way round, "value for 'lpo' of feature 'cost'".  Straight
 * into the output, data through put: an id may be megabytes.
 */
static void
label(struct bp_buf *out, put_fn put, const struct bp_diff_item *it, int md)
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

/* The words an item shows: the change for a changed text, else the text. */
static void
item_words(struct wdiff *wd, const struct bp_diff_item *it)
{
	if (it->change == BP_CH_CHANGED)
		word_diff(wd, it->old, it->oldlen, it->new, it->newlen);
	else if (it->change == BP_CH_ADDED)
		word_all(wd, it->new, it->newlen);
	else if (it->change == BP_CH_REMOVED)
		word_all(wd, it->old, it->oldlen);
	else
		wd->n = 0;
}

/* ---- The changelog. ---- */

/* A colored stretch of a line: bytes [a, b) of its text. */
struct span {
	size_t	 a, b;
	int	 del;
};

/*
 * A changelog line, made and wrapped a window at a time: text holds what
 * is not written yet, from the start of a line of output on.
 */
struct tline {
	struct bp_buf	 text;		/* safe, on one line */
	struct bp_buf	 raw;
	struct span	*sp;
	size_t		 nsp, spcap;
	size_t		 open;		/* where a colored run began, or SIZE_MAX */
	int		 open_del;
	size_t		 lines;		/* written: all but the first indented */
};

/* Colors text from a to its end, a stretch next to the last one included. */
static void
span(struct tline *t, size_t a, int del)
{
	if (a == t->text.len)
		return;
	if (t->nsp > 0 && t->sp[t->nsp - 1].b == a &&
	    t->sp[t->nsp - 1].del == del) {
		t->sp[t->nsp - 1].b = t->text.len;
		return;
	}
	if (t->nsp == t->spcap) {
		t->spcap = t->spcap > 0 ? t->spcap * 2 : 8;
		t->sp = bp_reallocarray(t->sp, t->spcap, sizeof(*t->sp));
	}
	t->sp[t->nsp].a = a;
	t->sp[t->nsp].b = t->text.len;
	t->sp[t->nsp].del = del;
	t->nsp++;
}

/* One line of output: l of the text, color put in after wrapping. */
static void
line_out(struct bp_buf *out, struct tline *t, const struct bp_line *l)
{
	size_t	 k = 0, x, e = l->off + l->len, end;

	if (t->lines++ > 0)
		bp_buf_repeat(out, " ", INDENT);
	while (k < t->nsp && t->sp[k].b <= l->off)
		k++;
	for (x = l->off; x < e; x = end) {
		if (k < t->nsp && t->sp[k].a <= x) {
			end = t->sp[k].b < e ? t->sp[k].b : e;
			bp_buf_puts(out, t->sp[k].del ? SGR_DEL : SGR_INS);
			bp_buf_putn(out, t->text.data + x, end - x);
			bp_buf_puts(out, SGR_OFF);
			if (end == t->sp[k].b)
				k++;
		} else {
			end = k < t->nsp && t->sp[k].a < e ? t->sp[k].a : e;
			bp_buf_putn(out, t->text.data + x, end - x);
		}
	}
	bp_buf_putc(out, '\n');
}

/*
 * Wraps the text, safe already, to the width, its continuation lines
 * indented; color goes in after wrapping, so that it never counts.  At
 * the end (last) every line goes out; before it, the last line may go on
 * and stays, moved to the start, unless it alone is far past a window
 * (a URL of megabytes, which bp_wrap splits too).
 */
static void
text_put(struct bp_buf *out, const struct bp_opts *o, struct tline *t,
    int last)
{
	struct bp_wrap	 w;
	struct bp_line	 l, pending;
	size_t		 n = 0, off, k, m;

	/* A colored run goes on past the window: colored so far. */
	if (t->open != SIZE_MAX)
		span(t, t->open, t->open_del);
	bp_wrap_init(&w, t->text.data, t->text.len, o->width > INDENT ?
	    o->width - INDENT : 1, BP_WRAP_SAFE);
	while (bp_wrap_next(&w, &l)) {
		if (n++ > 0)
			line_out(out, t, &pending);
		pending = l;
	}
	bp_wrap_free(&w);
	off = t->text.len;
	if (n > 0 && (last || (n == 1 && t->text.len >= 2 * WINDOW +
	    16 * o->width)))
		line_out(out, t, &pending);
	else if (n > 0)
		off = n > 1 ? pending.off : 0;
	/* What stays, and its colors, from the start. */
	memmove(t->text.data, t->text.data + off, t->text.len - off + 1);
	t->text.len -= off;
	for (k = m = 0; k < t->nsp; k++)
		if (t->sp[k].b > off) {
			t->sp[m].a = t->sp[k].a > off ? t->sp[k].a - off : 0;
			t->sp[m].b = t->sp[k].b - off;
			t->sp[m++].del = t->sp[k].del;
		}
	t->nsp = m;
	if (t->open != SIZE_MAX)
		t->open = t->text.len;
}

/* The line so far, when it fills a window: its lines but the last go out. */
static void
text_more(struct bp_buf *out, const struct bp_opts *o, struct tline *t)
{
	if (t->text.len >= WINDOW)
		text_put(out, o, t, 0);
}

/* A word, made safe, a window's worth at a time: a word may be megabytes. */
static void
text_word(struct bp_buf *out, const struct bp_opts *o, struct tline *t,
    const char *s, size_t len)
{
	size_t	 n;

	while (len > 0) {
		n = len > WINDOW ? WINDOW : len;
		/* Never a character cut in two. */
		while (n < len && n > 1 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
		bp_text_safe_line(&t->text, s, n);
		text_more(out, o, t);
		s += n;
		len -= n;
	}
}

/*
 * The runs, each word made safe, one space between: without color, what
 * went out as [-words-] and what came in as {+words+}, as git diff
 * --word-diff=plain marks them; with color, in red and green.
 */
static void
text_runs(struct bp_buf *out, const struct bp_opts *o, struct tline *t,
    const struct wdiff *wd)
{
	const struct run	*r;
	const char		*w;
	size_t			 i, k, at, wl;

	for (i = 0; i < wd->n; i++) {
		r = &wd->v[i];
		if (i > 0 && (o->color || r->op != W_INS ||
		    wd->v[i - 1].op != W_DEL))
			bp_buf_putc(&t->text, ' ');
		if (!o->color && r->op != W_SAME)
			bp_buf_puts(&t->text, r->op == W_DEL ? "[-" : "{+");
		if (o->color && r->op != W_SAME) {
			t->open = t->text.len;
			t->open_del = r->op == W_DEL;
		}
		for (k = at = 0; next_word(r->s, r->len, &at, &w, &wl); k++) {
			if (k > 0)
				bp_buf_putc(&t->text, ' ');
			text_word(out, o, t, w, wl);
		}
		if (t->open != SIZE_MAX) {
			span(t, t->open, t->open_del);
			t->open = SIZE_MAX;
		}
		if (!o->color && r->op != W_SAME)
			bp_buf_puts(&t->text, r->op == W_DEL ? "-]" : "+}");
	}
}

/* What the changelog keeps while it writes the changes. */
struct text_state {
	struct bp_buf		*out;
	const struct bp_opts	*o;
	struct tline		 t;
	struct wdiff		 wd;
	size_t			 last;		/* the part of the last change */
};

/*
 * One change a line (wrapped), under its part's heading: "+ feature
 * 'speed' added: Speed", "- ... removed: ...", "~ feature 'cost': value
 * for 'lpo': the [-old-]{+new+} words", "↕ feature 'risk' moved from 3
 * to 5".
 */
static void
text_item(const struct bp_diff_item *it, void *arg)
{
	static const char *const marks[] = { "+", "-", "~", "↕" };
	struct text_state	*ts = arg;
	struct tline		*t = &ts->t;
	const struct bp_opts	*o = ts->o;
	size_t			 p;

	if ((p = whats[what_index(it->what)].part) != ts->last) {
		bp_buf_putc(ts->out, '\n');
		term_heading_line(ts->out, o, parts[p]);
		ts->last = p;
	}
	t->text.len = 0;
	t->nsp = 0;
	t->open = SIZE_MAX;
	t->lines = 0;
	bp_buf_puts(&t->text, it->change == BP_CH_MOVED && o->ascii ? "^" :
	    marks[it->change]);
	if (o->color && (it->change == BP_CH_ADDED ||
	    it->change == BP_CH_REMOVED))
		span(t, 0, it->change == BP_CH_REMOVED);
	bp_buf_putc(&t->text, ' ');
	label(&t->text, bp_text_safe_line, it, 0);
	item_words(&ts->wd, it);
	switch (it->change) {
	case BP_CH_ADDED:
	case BP_CH_REMOVED:
		bp_buf_puts(&t->text, it->change == BP_CH_ADDED ? " added" :
		    " removed");
		if (ts->wd.n > 0) {
			bp_buf_puts(&t->text, ": ");
			text_runs(ts->out, o, t, &ts->wd);
		}
		break;
	case BP_CH_CHANGED:
		bp_buf_puts(&t->text, ": ");
		text_runs(ts->out, o, t, &ts->wd);
		if (!changed_words(&ts->wd))
			bp_buf_puts(&t->text, ts->wd.n > 0 ?
			    " (only white space changed)" :
			    "(only white space changed)");
		break;
	case BP_CH_MOVED:
		bp_buf_printf(&t->text, " moved from %u to %u", it->from,
		    it->to);
		break;
	}
	text_put(ts->out, o, t, 1);
}

void
bp_diff_text(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_diff *d, const char *oldname, const char *newname)
{
	struct text_state	 ts;

	if (d->n == 0) {
		term_line(out, o, "No differences.");
		return;
	}
	memset(&ts, 0, sizeof(ts));
	ts.out = out;
	ts.o = o;
	ts.last = SIZE_MAX;
	/* Names as given: on one line, whatever they hold. */
	bp_buf_puts(&ts.t.raw, "Changes from ");
	bp_text_safe_line(&ts.t.raw, oldname, strlen(oldname));
	bp_buf_puts(&ts.t.raw, " to ");
	bp_text_safe_line(&ts.t.raw, newname, strlen(newname));
	bp_buf_putc(&ts.t.raw, ':');
	term_wrapped(out, o, 0, NULL, ts.t.raw.data, ts.t.raw.len);
	each(d, text_item, &ts);
	bp_buf_free(&ts.t.text);
	bp_buf_free(&ts.t.raw);
	free(ts.t.sp);
	wdiff_free(&ts.wd);
}

/* ---- The release note. ---- */

/*
 * The runs, escaped: what went out struck through, what came in in bold,
 * one space between.  A run is escaped a window of words at a time.
 */
static void
md_runs(struct bp_buf *out, struct bp_buf *raw, const struct wdiff *wd)
{
	static const char *const fence[] = { "", "~~", "**" };
	const struct run	*r;
	const char		*w;
	size_t			 i, at, wl;

	for (i = 0; i < wd->n; i++) {
		r = &wd->v[i];
		if (i > 0)
			bp_buf_putc(out, ' ');
		bp_buf_puts(out, fence[r->op]);
		raw->len = 0;
		for (at = 0; next_word(r->s, r->len, &at, &w, &wl); ) {
			if (raw->len >= WINDOW) {
				bp_md_inline(out, raw->data, raw->len);
				bp_buf_putc(out, ' ');
				raw->len = 0;
			}
			if (raw->len > 0)
				bp_buf_putc(raw, ' ');
			bp_buf_putn(raw, w, wl);
		}
		bp_md_inline(out, raw->data, raw->len);
		bp_buf_puts(out, fence[r->op]);
	}
}

/* What the release note keeps while it writes the changes. */
struct md_state {
	struct bp_buf	*out;
	struct bp_buf	 raw;
	struct wdiff	 wd;
	size_t		 last;		/* the part of the last change */
};

/* One change, a bulleted line under its part's heading. */
static void
md_item(const struct bp_diff_item *it, void *arg)
{
	static const char *const verbs[] = { "Added", "Removed", "Changed",
	    "Moved" };
	struct md_state	*ms = arg;
	struct bp_buf	*out = ms->out;
	size_t		 p;

	if ((p = whats[what_index(it->what)].part) != ms->last) {
		bp_buf_printf(out, "\n## %s\n\n", parts[p]);
		ms->last = p;
	}
	bp_buf_printf(out, "- %s ", verbs[it->change]);
	label(out, bp_md_inline, it, 1);
	item_words(&ms->wd, it);
	if (it->change == BP_CH_MOVED)
		bp_buf_printf(out, " from %u to %u", it->from, it->to);
	else if (ms->wd.n > 0) {
		bp_buf_puts(out, ": ");
		md_runs(out, &ms->raw, &ms->wd);
	}
	if (it->change == BP_CH_CHANGED && !changed_words(&ms->wd))
		bp_buf_puts(out, " (only white space changed)");
	bp_buf_putc(out, '\n');
}

void
bp_diff_markdown(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_diff *d, const char *oldname, const char *newname)
{
	struct md_state	 ms;

	(void)o;
	memset(&ms, 0, sizeof(ms));
	ms.out = out;
	ms.last = SIZE_MAX;
	bp_buf_puts(out, "# Changes: ");
	bp_md_inline(out, oldname, strlen(oldname));
	bp_buf_puts(out, " → ");
	bp_md_inline(out, newname, strlen(newname));
	bp_buf_putc(out, '\n');
	if (d->n == 0)
		bp_buf_puts(out, "\nNo differences.\n");
	else
		each(d, md_item, &ms);
	bp_buf_free(&ms.raw);
	wdiff_free(&ms.wd);
}

/* ---- JSON. ---- */

/* Strings go through cJSON this many bytes at a time, as json.c's do. */
#define JSON_PIECE	4096

/*
 * s as a JSON string, as json.c writes every string: cJSON escapes it a
 * piece at a time, and the characters bpolpo never writes raw
 * (bp_char_hidden), which cJSON leaves, become \u escapes.
 */
static void
json_string(struct bp_buf *out, const char *s, size_t len)
{
	char		 piece[JSON_PIECE + 1], printed[6 * JSON_PIECE + 3];
	cJSON		 str;
	const char	*p;
	size_t		 n, i, m, k;
	uint32_t	 c;

	bp_buf_putc(out, '"');
	while (len > 0) {
		n = len > JSON_PIECE ? JSON_PIECE : len;
		/* Never a character cut in two. */
		while (n < len && n > 1 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
		memcpy(piece, s, n);
		piece[n] = '\0';
		memset(&str, 0, sizeof(str));
		str.type = cJSON_String;
		str.valuestring = piece;
		/* Room for the worst case (\u00XX for every byte): no allocation. */
		if (!cJSON_PrintPreallocated(&str, printed, sizeof(printed), 0))
			bp_oom();
		p = printed + 1;
		k = strlen(printed) - 2;
		for (i = 0; i < k; i += m) {
			/* ASCII as it is; a character that hides, escaped. */
			for (m = 0; i + m < k && (unsigned char)p[i + m] < 0x7f;
			    m++)
				;
			if (m > 0) {
				bp_buf_putn(out, p + i, m);
				continue;
			}
			m = bp_utf8_decode(p + i, k - i, &c);
			if (!bp_char_hidden(c))
				bp_buf_putn(out, p + i, m);
			else if (c <= 0xffff)
				bp_buf_printf(out, "\\u%04x", (unsigned)c);
			else
				bp_buf_printf(out, "\\u%04x\\u%04x",
				    (unsigned)(0xd800 + ((c - 0x10000) >> 10)),
				    (unsigned)(0xdc00 + ((c - 0x10000) &
				    0x3ff)));
		}
		s += n;
		len -= n;
	}
	bp_buf_putc(out, '"');
}

/*
 * A name from the command line as a JSON string: it was never checked
 * as the data is, and a byte that is not UTF-8 would make the document
 * invalid, so each becomes U+FFFD.
 */
static void
json_name(struct bp_buf *out, const char *s)
{
	struct bp_buf	 b = BP_BUF_INIT;
	size_t		 len = strlen(s), n;
	uint32_t	 c;

	while (len > 0) {
		n = bp_utf8_decode(s, len, &c);
		if (c == 0xfffd && n == 1 && (unsigned char)*s >= 0x80)
			bp_buf_puts(&b, "\xef\xbf\xbd");
		else
			bp_buf_putn(&b, s, n);
		s += n;
		len -= n;
	}
	json_string(out, b.data != NULL ? b.data : "", b.len);
	bp_buf_free(&b);
}

/* What the JSON writer keeps while it writes the changes. */
struct json_state {
	struct bp_buf	*out;
	int		 compact;
	size_t		 n;		/* changes written */
};

/* A member's key, after the one before it: ",\n      \"key\": ". */
static void
json_key(const struct json_state *js, int first, const char *indent,
    const char *key)
{
	if (!first)
		bp_buf_putc(js->out, ',');
	if (!js->compact) {
		bp_buf_putc(js->out, '\n');
		bp_buf_puts(js->out, indent);
	}
	json_string(js->out, key, strlen(key));
	bp_buf_puts(js->out, js->compact ? ":" : ": ");
}

/* One change as an object of the "changes" array; keys only where it has them. */
static void
json_item(const struct bp_diff_item *it, void *arg)
{
	static const char *const changes[] = { "added", "removed", "changed",
	    "moved" };
	static const char	 in[] = "      ";
	struct json_state	*js = arg;
	struct bp_buf		*out = js->out;

	if (js->n++ > 0)
		bp_buf_putc(out, ',');
	if (!js->compact)
		bp_buf_puts(out, "\n    ");
	bp_buf_putc(out, '{');
	json_key(js, 1, in, "change");
	json_string(out, changes[it->change], strlen(changes[it->change]));
	json_key(js, 0, in, "what");
	json_string(out, it->what, strlen(it->what));
	if (it->id != NULL) {
		json_key(js, 0, in, "id");
		json_string(out, it->id, strlen(it->id));
	}
	if (it->key != NULL) {
		json_key(js, 0, in, "key");
		json_string(out, it->key, strlen(it->key));
	}
	if (it->old != NULL) {
		json_key(js, 0, in, "old");
		json_string(out, it->old, it->oldlen);
	}
	if (it->new != NULL) {
		json_key(js, 0, in, "new");
		json_string(out, it->new, it->newlen);
	}
	if (it->change == BP_CH_MOVED) {
		json_key(js, 0, in, "from");
		bp_buf_printf(out, "%u", it->from);
		json_key(js, 0, in, "to");
		bp_buf_printf(out, "%u", it->to);
	}
	if (!js->compact)
		bp_buf_puts(out, "\n    ");
	bp_buf_putc(out, '}');
}

void
bp_diff_json_walk(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_diff *d, const char *oldname, const char *newname)
{
	struct json_state	 js;

	memset(&js, 0, sizeof(js));
	js.out = out;
	js.compact = o->compact;
	bp_buf_putc(out, '{');
	json_key(&js, 1, "  ", "format");
	bp_buf_puts(out, "1");
	json_key(&js, 0, "  ", "command");
	json_string(out, LIT("diff"));
	json_key(&js, 0, "  ", "old");
	json_name(out, oldname);
	json_key(&js, 0, "  ", "new");
	json_name(out, newname);
	json_key(&js, 0, "  ", "differences");
	bp_buf_printf(out, "%zu", d->n);
	json_key(&js, 0, "  ", "changes");
	bp_buf_putc(out, '[');
	each(d, json_item, &js);
	if (js.n > 0 && !js.compact)
		bp_buf_puts(out, "\n  ");
	bp_buf_puts(out, js.compact ? "]}\n" : "]\n}\n");
}
