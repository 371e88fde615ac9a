/* diff: what changed between two comparisons, as a changelog and a release note. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_diff.h"
#include "bp_doc.h"
#include "bp_render.h"
#include "bp_term.h"
#include "bp_text.h"

/* No item: an index that pairs with nothing. */
#define NONE		SIZE_MAX

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
	size_t	 x = *(const size_t *)a, y = *(const size_t *)b;
	int	 c = textcmp(text_at(sorting, x), text_at(sorting, y));

	/* The same text twice: the first in the file first. */
	return c != 0 ? c : (x > y) - (x < y);
}

static size_t *
sorted(const struct list *l)
{
	size_t	*order, i;

	order = bp_calloc(l->n + 1, sizeof(*order));
	for (i = 0; i < l->n; i++)
		order[i] = i;
	sorting = l;
	if (l->n > 1)
		qsort(order, l->n, sizeof(*order), cmp_index);
	sorting = NULL;
	return order;
}

/*
 * Pairs the items of o and n that have the same text by merging both
 * sorted, never item by item: o2n[i] is the new index of old item i, n2o
 * the old index of new item j, NONE when unpaired.  A text given twice
 * pairs first with first; an item without one pairs with nothing.
 */
static void
pair(const struct list *o, const struct list *n, size_t *o2n, size_t *n2o)
{
	const struct bp_text	*a, *b;
	size_t			*os = sorted(o), *ns = sorted(n), i = 0, j = 0;
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
 * Sets moved[j] for the paired new items whose place among the paired
 * ones changed: all but those of a longest run that keeps the old order
 * (a longest increasing subsequence, patience sorting, O(n log n)), so
 * that one item moved far is one move, not one for every item it passed.
 */
static void
moves(const size_t *n2o, size_t nn, unsigned char *moved)
{
	size_t	*seq, *tail, *prev, k = 0, len = 0, i, lo, hi, mid;

	seq = bp_calloc(nn + 1, sizeof(*seq));
	tail = bp_calloc(nn + 1, sizeof(*tail));
	prev = bp_calloc(nn + 1, sizeof(*prev));
	for (i = 0; i < nn; i++) {
		moved[i] = n2o[i] != NONE;
		if (n2o[i] != NONE)
			seq[k++] = i;
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
	free(seq);
	free(tail);
	free(prev);
}

/* ---- Making the items. ---- */

/* A text made for an item (an edge, a list), at off in held. */
struct fixup {
	size_t	 item;
	int	 side;		/* 0: old, 1: new */
	size_t	 off;
};

struct build {
	struct bp_diff	*d;
	struct fixup	*fix;		/* held only grows while building: */
	size_t		 nfix, fixcap;	/* pointers into it are set last */
	struct bp_buf	 a, b;		/* scratch: a list as one text */
};

static size_t
item(struct build *b, enum bp_change ch, const char *what, const char *id,
    const char *key, const struct bp_text *o, const struct bp_text *n)
{
	struct bp_diff		*d = b->d;
	struct bp_diff_item	*it;

	/* By half again, not double: a list all removed is many items. */
	if (d->n == d->cap) {
		d->cap = d->cap > 0 ? d->cap + d->cap / 2 : 64;
		d->v = bp_reallocarray(d->v, d->cap, sizeof(*d->v));
	}
	it = &d->v[d->n];
	memset(it, 0, sizeof(*it));
	it->change = ch;
	it->what = what;
	it->id = id;
	it->key = key;
	if (o != NULL && o->s != NULL) {
		it->old = o->s;
		it->oldlen = o->len;
	}
	if (n != NULL && n->s != NULL) {
		it->new = n->s;
		it->newlen = n->len;
	}
	return d->n++;
}

/* Gives item k a text of its own, NUL-terminated as the documents' are. */
static void
hold(struct build *b, size_t k, int side, const struct bp_buf *t)
{
	struct bp_diff	*d = b->d;

	if (b->nfix == b->fixcap) {
		b->fixcap = b->fixcap > 0 ? b->fixcap * 2 : 16;
		b->fix = bp_reallocarray(b->fix, b->fixcap, sizeof(*b->fix));
	}
	b->fix[b->nfix].item = k;
	b->fix[b->nfix].side = side;
	b->fix[b->nfix].off = d->held.len;
	b->nfix++;
	bp_buf_putn(&d->held, t->data, t->len);
	bp_buf_putc(&d->held, '\0');
	if (side == 0)
		d->v[k].oldlen = (unsigned int)t->len;
	else
		d->v[k].newlen = (unsigned int)t->len;
}

/* A text on both sides, absent on either: an item when they differ. */
static void
field(struct build *b, const char *what, const char *id, const char *key,
    const struct bp_text *o, const struct bp_text *n)
{
	if (textcmp(o, n) == 0)
		return;
	item(b, o->s == NULL ? BP_CH_ADDED : n->s == NULL ? BP_CH_REMOVED :
	    BP_CH_CHANGED, what, id, key, o, n);
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
 * The texts in b->a (when ohas) and b->b (nhas): an item when they differ,
 * or (differ) when the caller found they do, as lists that join alike.
 */
static void
held_field(struct build *b, const char *what, const char *id, const char *key,
    int ohas, int nhas, int differ)
{
	size_t	 k;

	if (!differ && ohas == nhas && (!ohas || (b->a.len == b->b.len &&
	    memcmp(b->a.data, b->b.data, b->a.len) == 0)))
		return;
	k = item(b, !ohas ? BP_CH_ADDED : !nhas ? BP_CH_REMOVED :
	    BP_CH_CHANGED, what, id, key, NULL, NULL);
	if (ohas)
		hold(b, k, 0, &b->a);
	if (nhas)
		hold(b, k, 1, &b->b);
}

/* A list (keywords, sources) as one text: an item when any of it changed. */
static void
texts_field(struct build *b, const char *what, const char *id,
    const char *key, const struct bp_texts *o, const struct bp_texts *n)
{
	size_t	 i;

	for (i = 0; o->n == n->n && i < o->n; i++)
		if (textcmp(&o->v[i], &n->v[i]) != 0)
			break;
	if (o->n == n->n && i == o->n)
		return;
	join(&b->a, o->v, o->n);
	join(&b->b, n->v, n->n);
	held_field(b, what, id, key, o->n > 0, n->n > 0, 1);
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
	void			(*more)(struct build *, const void *,
				    const void *);
};

/* A feature's values, by subject id: those only one side has are added or removed. */
static void
values(struct build *b, const struct bp_feature *o, const struct bp_feature *n)
{
	struct list	 ol = LIST(bp_value, o->values, o->nvalues, subject);
	struct list	 nl = LIST(bp_value, n->values, n->nvalues, subject);
	size_t		*o2n, *n2o, i;

	o2n = bp_calloc(ol.n + 1, sizeof(*o2n));
	n2o = bp_calloc(nl.n + 1, sizeof(*n2o));
	pair(&ol, &nl, o2n, n2o);
	for (i = 0; i < ol.n; i++)
		if (o2n[i] == NONE)
			item(b, BP_CH_REMOVED, "value", o->id.s,
			    o->values[i].subject.s, &o->values[i].text, NULL);
	for (i = 0; i < nl.n; i++) {
		if (n2o[i] == NONE)
			item(b, BP_CH_ADDED, "value", n->id.s,
			    n->values[i].subject.s, NULL, &n->values[i].text);
		else
			field(b, "value", n->id.s, n->values[i].subject.s,
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

static void
feature_more(struct build *b, const void *ov, const void *nv)
{
	const struct bp_feature	*o = ov, *n = nv;
	int			 ohas, nhas;

	values(b, o, n);
	ohas = edge_text(&b->a, o);
	nhas = edge_text(&b->b, n);
	held_field(b, "edge", n->id.s, NULL, ohas, nhas, 0);
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
part(struct build *b, const struct part *p, const void *ov, size_t on,
    const void *nv, size_t nn)
{
	const struct fieldspec	*f;
	struct list		 ol = list_of(ov, on, p->stride, p->idoff);
	struct list		 nl = list_of(nv, nn, p->stride, p->idoff);
	size_t			*o2n, *n2o, i, j, k;
	unsigned char		*moved;
	const char		*id;

	o2n = bp_calloc(ol.n + 1, sizeof(*o2n));
	n2o = bp_calloc(nl.n + 1, sizeof(*n2o));
	moved = bp_calloc(nl.n + 1, 1);
	pair(&ol, &nl, o2n, n2o);
	if (p->moves)
		moves(n2o, nl.n, moved);
	for (i = 0; i < ol.n; i++)
		if (o2n[i] == NONE)
			item(b, BP_CH_REMOVED, p->what, AT(ov, i, p,
			    p->idoff)->s, NULL, AT(ov, i, p, p->nameoff), NULL);
	for (j = 0; j < nl.n; j++) {
		id = AT(nv, j, p, p->idoff)->s;
		if ((i = n2o[j]) == NONE) {
			item(b, BP_CH_ADDED, p->what, id, NULL, NULL,
			    AT(nv, j, p, p->nameoff));
			continue;
		}
		if (moved[j]) {
			k = item(b, BP_CH_MOVED, p->what, id, NULL, NULL, NULL);
			b->d->v[k].from = (unsigned int)(i + 1);
			b->d->v[k].to = (unsigned int)(j + 1);
		}
		for (f = p->fields; f->key != NULL; f++)
			if (f->list)
				texts_field(b, p->what, id, f->key,
				    (const struct bp_texts *)AT(ov, i, p, f->off),
				    (const struct bp_texts *)AT(nv, j, p, f->off));
			else
				field(b, p->what, id, f->key, AT(ov, i, p,
				    f->off), AT(nv, j, p, f->off));
		if (p->more != NULL)
			p->more(b, (const char *)ov + i * p->stride,
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
choose_items(struct build *b, const char *id, const struct bp_texts *o,
    const struct bp_texts *n)
{
	struct list	 ol = LIST(bp_text, o->v, o->n, s);
	struct list	 nl = LIST(bp_text, n->v, n->n, s);
	size_t		*o2n, *n2o, i;

	o2n = bp_calloc(ol.n + 1, sizeof(*o2n));
	n2o = bp_calloc(nl.n + 1, sizeof(*n2o));
	pair(&ol, &nl, o2n, n2o);
	for (i = 0; i < ol.n; i++)
		if (o2n[i] == NONE)
			item(b, BP_CH_REMOVED, "choose", id, NULL, &o->v[i],
			    NULL);
	for (i = 0; i < nl.n; i++)
		if (n2o[i] == NONE)
			item(b, BP_CH_ADDED, "choose", id, NULL, NULL, &n->v[i]);
	free(o2n);
	free(n2o);
}

static void
choose(struct build *b, const struct bp_doc *od, const struct bp_doc *nd)
{
	static const struct bp_texts	 none;
	struct list			 ol = LIST(bp_choice, od->choices,
					    od->nchoices, subject);
	struct list			 nl = LIST(bp_choice, nd->choices,
					    nd->nchoices, subject);
	size_t				*o2n, *n2o, i;

	o2n = bp_calloc(ol.n + 1, sizeof(*o2n));
	n2o = bp_calloc(nl.n + 1, sizeof(*n2o));
	pair(&ol, &nl, o2n, n2o);
	for (i = 0; i < ol.n; i++)
		if (o2n[i] == NONE)
			choose_items(b, od->choices[i].subject.s,
			    &od->choices[i].items, &none);
	for (i = 0; i < nl.n; i++)
		choose_items(b, nd->choices[i].subject.s, n2o[i] == NONE ?
		    &none : &od->choices[n2o[i]].items, &nd->choices[i].items);
	free(o2n);
	free(n2o);
}

void
bp_diff(const struct bp_doc *old, const struct bp_doc *new, struct bp_diff *d)
{
	struct build		 b;
	struct bp_diff_item	*it;
	size_t			 i;

	memset(&b, 0, sizeof(b));
	b.d = d;
	field(&b, "title", NULL, NULL, &old->title, &new->title);
	field(&b, "updated", NULL, NULL, &old->updated, &new->updated);
	field(&b, "summary", NULL, NULL, &old->summary, &new->summary);
	part(&b, &subject_part, old->subjects, old->nsubjects, new->subjects,
	    new->nsubjects);
	part(&b, &feature_part, old->features, old->nfeatures, new->features,
	    new->nfeatures);
	choose(&b, old, new);
	part(&b, &section_part, old->sections, old->nsections, new->sections,
	    new->nsections);
	part(&b, &faq_part, old->faqs, old->nfaqs, new->faqs, new->nfaqs);
	part(&b, &source_part, old->sources, old->nsources, new->sources,
	    new->nsources);
	/* held is done growing: its texts stay where they are now. */
	for (i = 0; i < b.nfix; i++) {
		it = &d->v[b.fix[i].item];
		if (b.fix[i].side == 0)
			it->old = d->held.data + b.fix[i].off;
		else
			it->new = d->held.data + b.fix[i].off;
	}
	free(b.fix);
	bp_buf_free(&b.a);
	bp_buf_free(&b.b);
}

void
bp_diff_free(struct bp_diff *d)
{
	free(d->v);
	bp_buf_free(&d->held);
	memset(d, 0, sizeof(*d));
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

/* A run of words that one side or both have. */
struct run {
	enum wop		 op;
	const struct word	*w;
	size_t			 n;
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

/* Words are runs of anything but white space, which only separates them. */
static void
split(struct words *w, const char *s, size_t len)
{
	size_t		 i = 0, j;
	uint32_t	 h;

	w->n = 0;
	if (w->cap == 0) {
		/* Never NULL, even with no word: runs point into it. */
		w->cap = 32;
		w->v = bp_reallocarray(NULL, w->cap, sizeof(*w->v));
	}
	while (s != NULL && i < len) {
		while (i < len && white(s[i]))
			i++;
		if (i == len)
			break;
		/* FNV-1a. */
		for (j = i, h = 2166136261u; j < len && !white(s[j]); j++)
			h = (h ^ (unsigned char)s[j]) * 16777619u;
		if (w->n == w->cap) {
			w->cap *= 2;
			w->v = bp_reallocarray(w->v, w->cap, sizeof(*w->v));
		}
		w->v[w->n].s = s + i;
		w->v[w->n].len = j - i;
		w->v[w->n].hash = h;
		w->n++;
		i = j;
	}
}

static int
same_word(const struct word *a, const struct word *b)
{
	return a->hash == b->hash && a->len == b->len &&
	    memcmp(a->s, b->s, a->len) == 0;
}

static void
run(struct wdiff *wd, enum wop op, const struct word *w, size_t n)
{
	struct run	*last = wd->n > 0 ? &wd->v[wd->n - 1] : NULL;

	if (n == 0)
		return;
	if (last != NULL && last->op == op && last->w + last->n == w) {
		last->n += n;
		return;
	}
	if (wd->n == wd->cap) {
		wd->cap = wd->cap > 0 ? wd->cap * 2 : 16;
		wd->v = bp_reallocarray(wd->v, wd->cap, sizeof(*wd->v));
	}
	wd->v[wd->n].op = op;
	wd->v[wd->n].w = w;
	wd->v[wd->n].n = n;
	wd->n++;
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
 * The words between the common ends: a longest common subsequence, one
 * row of lengths at a time and a bit a cell for the way back; between two
 * common words, what went out comes before what came in.
 */
static void
middle(struct wdiff *wd, const struct word *a, size_t na,
    const struct word *b, size_t nb)
{
	size_t	*prev, *cur, *t, i, j, k, np = 0, pi, pj, cell;

	if (na == 0 || nb == 0 || na > WORDS_MAX || nb > WORDS_MAX ||
	    na * nb > CELLS_MAX - wd->cells) {
		run(wd, W_DEL, a, na);
		run(wd, W_INS, b, nb);
		return;
	}
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
		run(wd, W_DEL, a + pi, i - pi);
		run(wd, W_INS, b + pj, j - pj);
		run(wd, W_SAME, b + j, 1);
		pi = i + 1;
		pj = j + 1;
	}
	run(wd, W_DEL, a + pi, na - pi);
	run(wd, W_INS, b + pj, nb - pj);
}

/* The words of o changed into those of n, as runs. */
static void
word_diff(struct wdiff *wd, const char *o, size_t olen, const char *n,
    size_t nlen)
{
	const struct word	*a, *b;
	size_t			 na, nb, p, s;

	split(&wd->a, o, olen);
	split(&wd->b, n, nlen);
	wd->n = 0;
	a = wd->a.v;
	b = wd->b.v;
	na = wd->a.n;
	nb = wd->b.n;
	/* What both share at the ends costs no table: most edits are small. */
	for (p = 0; p < na && p < nb && same_word(&a[p], &b[p]); p++)
		;
	for (s = 0; s < na - p && s < nb - p &&
	    same_word(&a[na - 1 - s], &b[nb - 1 - s]); s++)
		;
	run(wd, W_SAME, b, p);
	middle(wd, a + p, na - p - s, b + p, nb - p - s);
	run(wd, W_SAME, b + nb - s, s);
}

/* A text shown whole, as one run. */
static void
word_all(struct wdiff *wd, const char *s, size_t len)
{
	split(&wd->b, s, len);
	wd->n = 0;
	run(wd, W_SAME, wd->b.v, wd->b.n);
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

struct tline {
	struct bp_buf	 text;		/* safe, on one line */
	struct bp_buf	 raw;
	struct span	*sp;
	size_t		 nsp, spcap;
};

static void
span(struct tline *t, size_t a, int del)
{
	if (a == t->text.len)
		return;
	if (t->nsp == t->spcap) {
		t->spcap = t->spcap > 0 ? t->spcap * 2 : 8;
		t->sp = bp_reallocarray(t->sp, t->spcap, sizeof(*t->sp));
	}
	t->sp[t->nsp].a = a;
	t->sp[t->nsp].b = t->text.len;
	t->sp[t->nsp].del = del;
	t->nsp++;
}

/*
 * The runs, each word made safe, one space between: without color, what
 * went out as [-words-] and what came in as {+words+}, as git diff
 * --word-diff=plain marks them; with color, in red and green.
 */
static void
text_runs(struct tline *t, const struct bp_opts *o, const struct wdiff *wd)
{
	const struct run	*r;
	size_t			 i, k, at;

	for (i = 0; i < wd->n; i++) {
		r = &wd->v[i];
		if (i > 0 && (o->color || r->op != W_INS ||
		    wd->v[i - 1].op != W_DEL))
			bp_buf_putc(&t->text, ' ');
		if (!o->color && r->op != W_SAME)
			bp_buf_puts(&t->text, r->op == W_DEL ? "[-" : "{+");
		at = t->text.len;
		for (k = 0; k < r->n; k++) {
			if (k > 0)
				bp_buf_putc(&t->text, ' ');
			bp_text_safe_line(&t->text, r->w[k].s, r->w[k].len);
		}
		if (o->color && r->op != W_SAME)
			span(t, at, r->op == W_DEL);
		if (!o->color && r->op != W_SAME)
			bp_buf_puts(&t->text, r->op == W_DEL ? "-]" : "+}");
	}
}

/*
 * Wraps the line, safe already, to the width, its continuation lines
 * indented; color goes in after wrapping, so that it never counts.
 */
static void
text_put(struct bp_buf *out, const struct bp_opts *o, const struct tline *t)
{
	struct bp_wrap	 w;
	struct bp_line	 l;
	size_t		 n = 0, k = 0, x, e, end;

	bp_wrap_init(&w, t->text.data, t->text.len, o->width > INDENT ?
	    o->width - INDENT : 1, BP_WRAP_SAFE);
	while (bp_wrap_next(&w, &l)) {
		if (n++ > 0)
			bp_buf_repeat(out, " ", INDENT);
		e = l.off + l.len;
		while (k < t->nsp && t->sp[k].b <= l.off)
			k++;
		for (x = l.off; x < e; x = end) {
			if (k < t->nsp && t->sp[k].a <= x) {
				end = t->sp[k].b < e ? t->sp[k].b : e;
				bp_buf_puts(out, t->sp[k].del ? SGR_DEL :
				    SGR_INS);
				bp_buf_putn(out, t->text.data + x, end - x);
				bp_buf_puts(out, SGR_OFF);
				if (end == t->sp[k].b)
					k++;
			} else {
				end = k < t->nsp && t->sp[k].a < e ?
				    t->sp[k].a : e;
				bp_buf_putn(out, t->text.data + x, end - x);
			}
		}
		bp_buf_putc(out, '\n');
	}
	bp_wrap_free(&w);
}

/*
 * One change a line (wrapped): "+ feature 'speed' added: Speed", "- ...
 * removed: ...", "~ feature 'cost': value for 'lpo': the [-old-]{+new+}
 * words", "↕ feature 'risk' moved from 3 to 5".
 */
static void
text_item(struct bp_buf *out, const struct bp_opts *o, struct tline *t,
    struct wdiff *wd, const struct bp_diff_item *it)
{
	static const char *const marks[] = { "+", "-", "~", "↕" };

	t->text.len = 0;
	t->nsp = 0;
	bp_buf_puts(&t->text, it->change == BP_CH_MOVED && o->ascii ? "^" :
	    marks[it->change]);
	if (o->color && (it->change == BP_CH_ADDED ||
	    it->change == BP_CH_REMOVED))
		span(t, 0, it->change == BP_CH_REMOVED);
	bp_buf_putc(&t->text, ' ');
	label(&t->text, bp_text_safe_line, it, 0);
	item_words(wd, it);
	switch (it->change) {
	case BP_CH_ADDED:
	case BP_CH_REMOVED:
		bp_buf_puts(&t->text, it->change == BP_CH_ADDED ? " added" :
		    " removed");
		if (wd->n > 0) {
			bp_buf_puts(&t->text, ": ");
			text_runs(t, o, wd);
		}
		break;
	case BP_CH_CHANGED:
		bp_buf_puts(&t->text, ": ");
		text_runs(t, o, wd);
		if (!changed_words(wd))
			bp_buf_puts(&t->text, wd->n > 0 ?
			    " (only white space changed)" :
			    "(only white space changed)");
		break;
	case BP_CH_MOVED:
		bp_buf_printf(&t->text, " moved from %u to %u", it->from,
		    it->to);
		break;
	}
	text_put(out, o, t);
}

void
bp_diff_text(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_diff *d, const char *oldname, const char *newname)
{
	struct tline	 t;
	struct wdiff	 wd;
	size_t		 i, p, last = SIZE_MAX;

	if (d->n == 0) {
		term_line(out, o, "No differences.");
		return;
	}
	memset(&t, 0, sizeof(t));
	memset(&wd, 0, sizeof(wd));
	/* Names as given: on one line, whatever they hold. */
	bp_buf_puts(&t.raw, "Changes from ");
	bp_text_safe_line(&t.raw, oldname, strlen(oldname));
	bp_buf_puts(&t.raw, " to ");
	bp_text_safe_line(&t.raw, newname, strlen(newname));
	bp_buf_putc(&t.raw, ':');
	term_wrapped(out, o, 0, NULL, t.raw.data, t.raw.len);
	for (i = 0; i < d->n; i++) {
		if ((p = whats[what_index(d->v[i].what)].part) != last) {
			bp_buf_putc(out, '\n');
			term_heading_line(out, o, parts[p]);
			last = p;
		}
		text_item(out, o, &t, &wd, &d->v[i]);
	}
	bp_buf_free(&t.text);
	bp_buf_free(&t.raw);
	free(t.sp);
	wdiff_free(&wd);
}

/* ---- The release note. ---- */

/*
 * The runs, escaped: what went out struck through, what came in in bold,
 * one space between.
 */
static void
md_runs(struct bp_buf *out, struct bp_buf *raw, const struct wdiff *wd)
{
	static const char *const fence[] = { "", "~~", "**" };
	const struct run	*r;
	size_t			 i, k;

	for (i = 0; i < wd->n; i++) {
		r = &wd->v[i];
		raw->len = 0;
		for (k = 0; k < r->n; k++) {
			if (k > 0)
				bp_buf_putc(raw, ' ');
			bp_buf_putn(raw, r->w[k].s, r->w[k].len);
		}
		if (i > 0)
			bp_buf_putc(out, ' ');
		bp_buf_puts(out, fence[r->op]);
		bp_md_inline(out, raw->data, raw->len);
		bp_buf_puts(out, fence[r->op]);
	}
}

void
bp_diff_markdown(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_diff *d, const char *oldname, const char *newname)
{
	static const char *const verbs[] = { "Added", "Removed", "Changed",
	    "Moved" };
	struct bp_buf			 raw = BP_BUF_INIT;
	struct wdiff			 wd;
	const struct bp_diff_item	*it;
	size_t				 i, p, last = SIZE_MAX;

	(void)o;
	memset(&wd, 0, sizeof(wd));
	bp_buf_puts(out, "# Changes: ");
	bp_md_inline(out, oldname, strlen(oldname));
	bp_buf_puts(out, " → ");
	bp_md_inline(out, newname, strlen(newname));
	bp_buf_putc(out, '\n');
	if (d->n == 0)
		bp_buf_puts(out, "\nNo differences.\n");
	for (i = 0; i < d->n; i++) {
		it = &d->v[i];
		if ((p = whats[what_index(it->what)].part) != last) {
			bp_buf_printf(out, "\n## %s\n\n", parts[p]);
			last = p;
		}
		bp_buf_printf(out, "- %s ", verbs[it->change]);
		label(out, bp_md_inline, it, 1);
		item_words(&wd, it);
		if (it->change == BP_CH_MOVED)
			bp_buf_printf(out, " from %u to %u", it->from, it->to);
		else if (wd.n > 0) {
			bp_buf_puts(out, ": ");
			md_runs(out, &raw, &wd);
		}
		if (it->change == BP_CH_CHANGED && !changed_words(&wd))
			bp_buf_puts(out, " (only white space changed)");
		bp_buf_putc(out, '\n');
	}
	bp_buf_free(&raw);
	wdiff_free(&wd);
}
