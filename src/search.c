/* Search: every text of the data, case folded, all terms within one item. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unistr.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_doc.h"
#include "bp_search.h"

/* What the summary is called where it is shown. */
static const struct bp_text quick_verdict = { (char *)"Quick verdict", 13,
    { 0, 0 } };

static const char *const where_names[BP_IN__MAX] = {
	"title",	/* BP_IN_TITLE */
	"verdict",	/* BP_IN_SUMMARY */
	"subject",	/* BP_IN_SUBJECT */
	"compare",	/* BP_IN_FEATURE */
	"verdict",	/* BP_IN_CHOOSE */
	"show",		/* BP_IN_SECTION */
	"faq",		/* BP_IN_FAQ */
	"sources",	/* BP_IN_SOURCE */
};

const char *
bp_where_name(enum bp_where w)
{
	return where_names[w];
}

void
bp_hit_heading(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_hit *h)
{
	const struct bp_subject	*s;

	bp_buf_puts(out, where_names[h->where]);
	if (h->where == BP_IN_CHOOSE &&
	    (s = bp_subject_by_id(d, h->id)) != NULL) {
		/* As verdict shows the list: by its heading. */
		bp_buf_puts(out, ": Choose ");
		if (s->label.s != NULL)
			bp_buf_putn(out, s->label.s, s->label.len);
		else
			bp_buf_putn(out, s->shortname.s, s->shortname.len);
		bp_buf_puts(out, " if:");
		return;
	}
	if (h->id != NULL) {
		bp_buf_putc(out, ' ');
		bp_buf_puts(out, h->id);
	}
	bp_buf_puts(out, ": ");
	bp_buf_putn(out, h->name->s, h->name->len);
}

void
bp_hit_field(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_hit *h)
{
	const struct bp_subject	*s;

	if (strncmp(h->field, "values.", 7) == 0 &&
	    (s = bp_subject_by_id(d, h->field + 7)) != NULL)
		bp_buf_putn(out, s->shortname.s, s->shortname.len);
	else if (strncmp(h->field, "choose.", 7) == 0)
		bp_buf_puts(out, "choose");
	else if (strncmp(h->field, "keywords[", 9) == 0)
		bp_buf_puts(out, "keyword");
	else
		bp_buf_puts(out, h->field);
}

char *
bp_hit_command(const struct bp_hit *h)
{
	struct bp_buf	 b = BP_BUF_INIT;

	switch (h->where) {
	case BP_IN_TITLE:
		bp_buf_puts(&b, "bpolpo");
		break;
	case BP_IN_SUMMARY:
	case BP_IN_CHOOSE:
		bp_buf_puts(&b, "bpolpo verdict");
		break;
	case BP_IN_SUBJECT:
		bp_buf_puts(&b, "bpolpo compare");
		break;
	case BP_IN_FEATURE:
		bp_buf_printf(&b, "bpolpo compare --rows %s", h->id);
		break;
	case BP_IN_SECTION:
		bp_buf_printf(&b, "bpolpo show %s", h->id);
		break;
	case BP_IN_FAQ:
		bp_buf_printf(&b, "bpolpo faq %s", h->id);
		break;
	case BP_IN_SOURCE:
	case BP_IN__MAX:
		bp_buf_puts(&b, "bpolpo sources");
		break;
	}
	return bp_buf_take(&b);
}

/*
 * Text folded to lower case, code point by code point, with the offset in
 * the original of each folded byte, so matches map back exactly.
 */
struct folded {
	char	*s;
	size_t	 len;
	size_t	*orig;		/* len + 1 entries */
};

static void
fold(struct folded *f, const char *s, size_t len)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + len;
	uint8_t		 enc[6];
	ucs4_t		 c;
	int		 n, k, m;

	f->s = bp_malloc(len * 2 + 1);	/* lower case is never much longer */
	f->orig = bp_malloc((len * 2 + 1) * sizeof(*f->orig));
	f->len = 0;
	while (p < end) {
		n = u8_mbtouc(&c, p, (size_t)(end - p));
		m = u8_uctomb(enc, uc_tolower(c), sizeof(enc));
		if (m <= 0 || f->len + (size_t)m > len * 2) {
			/* Keep the bytes as they are. */
			memcpy(enc, p, (size_t)n);
			m = n;
		}
		for (k = 0; k < m; k++) {
			f->s[f->len] = (char)enc[k];
			f->orig[f->len] = (size_t)(p - (const uint8_t *)s);
			f->len++;
		}
		p += n;
	}
	f->s[f->len] = '\0';
	f->orig[f->len] = len;
}

static void
folded_free(struct folded *f)
{
	free(f->s);
	free(f->orig);
}

/* Like memmem(3), which C17 lacks. */
static const char *
find(const char *hay, size_t hlen, const char *needle, size_t nlen)
{
	size_t	 i;

	if (nlen == 0 || nlen > hlen)
		return NULL;
	for (i = 0; i + nlen <= hlen; i++)
		if (hay[i] == needle[0] && memcmp(hay + i, needle, nlen) == 0)
			return hay + i;
	return NULL;
}

struct field {
	char			*name;
	const struct bp_text	*text;
	struct bp_span		*spans;
	size_t			 nspans;
};

struct item {
	enum bp_where		 where;
	const char		*id;
	const struct bp_text	*name;
	struct field		*f;
	size_t			 n, cap;
};

struct search {
	struct folded	*terms;
	size_t		 nterms;
	struct bp_hits	*hits;
};

static int
cmp_span(const void *a, const void *b)
{
	const struct bp_span	*x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? 1 : x->end > y->end ? -1 : 0;
}

/*
 * Finds every term in the field; records the spans (merged where they
 * overlap) and sets found[t] for each term seen.
 */
static void
scan(struct search *S, struct field *fl, unsigned char *found)
{
	struct folded	 f;
	const char	*p;
	size_t		 t, at, n, cap = 0;

	if (fl->text == NULL || fl->text->s == NULL)
		return;
	fold(&f, fl->text->s, fl->text->len);
	for (t = 0; t < S->nterms; t++) {
		for (at = 0; (p = find(f.s + at, f.len - at, S->terms[t].s,
		    S->terms[t].len)) != NULL; at = (size_t)(p - f.s) +
		    S->terms[t].len) {
			if (fl->nspans == cap) {
				cap = cap ? cap * 2 : 4;
				fl->spans = bp_reallocarray(fl->spans, cap,
				    sizeof(*fl->spans));
			}
			fl->spans[fl->nspans].start = f.orig[p - f.s];
			fl->spans[fl->nspans].end =
			    f.orig[p - f.s + S->terms[t].len];
			fl->nspans++;
			found[t] = 1;
		}
	}
	if (fl->nspans > 1)	/* qsort(NULL, 0, ...) is undefined */
		qsort(fl->spans, fl->nspans, sizeof(*fl->spans), cmp_span);
	for (n = 0, t = 0; t < fl->nspans; t++) {
		if (n > 0 && fl->spans[t].start <= fl->spans[n - 1].end) {
			if (fl->spans[t].end > fl->spans[n - 1].end)
				fl->spans[n - 1].end = fl->spans[t].end;
			continue;
		}
		fl->spans[n++] = fl->spans[t];
	}
	fl->nspans = n;
	folded_free(&f);
}

static void
add_field(struct item *it, const char *name, const struct bp_text *text)
{
	if (text->s == NULL)
		return;
	if (it->n == it->cap) {
		it->cap = it->cap ? it->cap * 2 : 8;
		it->f = bp_reallocarray(it->f, it->cap, sizeof(*it->f));
	}
	it->f[it->n].name = bp_strdup(name);
	it->f[it->n].text = text;
	it->f[it->n].spans = NULL;
	it->f[it->n].nspans = 0;
	it->n++;
}

/* Keeps the item's matching fields as hits when every term is in it. */
static void
finish(struct search *S, struct item *it)
{
	unsigned char	*found;
	size_t		 i, t;
	int		 all = 1;

	found = bp_calloc(S->nterms, 1);
	for (i = 0; i < it->n; i++)
		scan(S, &it->f[i], found);
	for (t = 0; t < S->nterms; t++)
		all = all && found[t];
	for (i = 0; i < it->n; i++) {
		struct bp_hits	*H = S->hits;
		struct bp_hit	*h;

		if (!all || it->f[i].nspans == 0) {
			free(it->f[i].name);
			free(it->f[i].spans);
			continue;
		}
		H->v = bp_reallocarray(H->v, H->n + 1, sizeof(*H->v));
		h = &H->v[H->n++];
		h->where = it->where;
		h->id = it->id;
		h->name = it->name;
		h->field = it->f[i].name;
		h->text = it->f[i].text;
		h->spans = it->f[i].spans;
		h->nspans = it->f[i].nspans;
	}
	if (all)
		S->hits->nitems++;
	free(found);
	it->n = 0;
}

static void
start(struct item *it, enum bp_where where, const char *id,
    const struct bp_text *name)
{
	it->where = where;
	it->id = id;
	it->name = name;
	it->n = 0;
}

size_t
bp_search(const struct bp_doc *d, char *const *terms, size_t nterms,
    struct bp_hits *hits)
{
	struct search		 S;
	struct item		*it;
	struct bp_by_subject	 by;
	const struct bp_value	**values;
	struct bp_buf		 name = BP_BUF_INIT;
	size_t			 i, k;

	memset(hits, 0, sizeof(*hits));
	S.hits = hits;
	S.nterms = nterms;
	S.terms = bp_calloc(nterms, sizeof(*S.terms));
	for (i = 0; i < nterms; i++)
		fold(&S.terms[i], terms[i], strlen(terms[i]));
	it = bp_calloc(1, sizeof(*it));
	bp_by_subject_init(&by, d);
	values = bp_calloc(d->nsubjects, sizeof(*values));

	start(it, BP_IN_TITLE, NULL, &d->title);
	add_field(it, "title", &d->title);
	finish(&S, it);
	start(it, BP_IN_SUMMARY, NULL, &quick_verdict);
	add_field(it, "summary", &d->summary);
	finish(&S, it);
	for (i = 0; i < d->nsubjects; i++) {
		const struct bp_subject *s = &d->subjects[i];

		start(it, BP_IN_SUBJECT, s->id.s, &s->name);
		add_field(it, "short", &s->shortname);
		add_field(it, "name", &s->name);
		add_field(it, "label", &s->label);
		finish(&S, it);
	}
	for (i = 0; i < d->nfeatures; i++) {
		const struct bp_feature *f = &d->features[i];

		start(it, BP_IN_FEATURE, f->id.s, &f->label);
		add_field(it, "label", &f->label);
		/* In subject order, as the table shows them. */
		bp_by_subject(&by, f, values);
		for (k = 0; k < d->nsubjects; k++) {
			const struct bp_value *v = values[k];

			if (v == NULL)
				continue;
			name.len = 0;
			bp_buf_printf(&name, "values.%s", v->subject.s);
			add_field(it, name.data, &v->text);
		}
		finish(&S, it);
	}
	for (i = 0; i < d->nsubjects; i++) {
		const struct bp_choice *c =
		    bp_choice_for(d, d->subjects[i].id.s);

		if (c == NULL)
			continue;
		start(it, BP_IN_CHOOSE, c->subject.s, &d->subjects[i].name);
		for (k = 0; k < c->items.n; k++) {
			name.len = 0;
			bp_buf_printf(&name, "choose.%s[%zu]", c->subject.s, k);
			add_field(it, name.data, &c->items.v[k]);
		}
		finish(&S, it);
	}
	for (i = 0; i < d->nsections; i++) {
		const struct bp_section *s = &d->sections[i];

		start(it, BP_IN_SECTION, s->id.s, &s->title);
		add_field(it, "title", &s->title);
		add_field(it, "body", &s->body);
		finish(&S, it);
	}
	for (i = 0; i < d->nfaqs; i++) {
		const struct bp_faq *f = &d->faqs[i];

		start(it, BP_IN_FAQ, f->id.s, &f->question);
		add_field(it, "question", &f->question);
		add_field(it, "answer", &f->answer);
		for (k = 0; k < f->keywords.n; k++) {
			name.len = 0;
			bp_buf_printf(&name, "keywords[%zu]", k);
			add_field(it, name.data, &f->keywords.v[k]);
		}
		finish(&S, it);
	}
	for (i = 0; i < d->nsources; i++) {
		const struct bp_source *s = &d->sources[i];

		start(it, BP_IN_SOURCE, s->id.s, &s->title);
		add_field(it, "title", &s->title);
		add_field(it, "publisher", &s->publisher);
		add_field(it, "url", &s->url);
		finish(&S, it);
	}
	for (i = 0; i < nterms; i++)
		folded_free(&S.terms[i]);
	free(S.terms);
	free(it->f);
	free(it);
	free(values);
	bp_by_subject_free(&by);
	bp_buf_free(&name);
	return hits->nitems;
}

void
bp_hits_free(struct bp_hits *h)
{
	size_t	 i;

	if (h == NULL)
		return;
	for (i = 0; i < h->n; i++) {
		free(h->v[i].field);
		free(h->v[i].spans);
	}
	free(h->v);
	memset(h, 0, sizeof(*h));
}

/* Characters of context kept before the first match and after it. */
#define CTX_BEFORE	40
#define CTX_AFTER	80

static int
is_cont(unsigned char c)
{
	return (c & 0xc0) == 0x80;
}

char *
bp_hit_snippet(const struct bp_hit *h, const char *ell,
    struct bp_span **spans, size_t *nspans)
{
	struct bp_buf	 b = BP_BUF_INIT;
	const char	*s = h->text->s;
	size_t		 len = h->text->len, a, z, i, k, shift;

	/* Trailing newlines of block text are not part of any excerpt. */
	while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == ' '))
		len--;
	if (len < h->spans[0].end)
		len = h->text->len;
	/* Context counted in characters, so CJK gets as much as Latin. */
	for (a = h->spans[0].start, i = 0; a > 0 && i < CTX_BEFORE; i++)
		while (--a > 0 && is_cont((unsigned char)s[a]))
			;
	for (z = h->spans[0].end, i = 0; z < len && i < CTX_AFTER; i++)
		while (++z < len && is_cont((unsigned char)s[z]))
			;
	/* Cut at spaces when there are some near: whole words read better. */
	for (i = a; a > 0 && i < h->spans[0].start && i < a + 16; i++)
		if (s[i] == ' ') {
			a = i + 1;
			break;
		}
	for (i = z; z < len && i > h->spans[0].end && i + 16 > z; i--)
		if (s[i] == ' ') {
			z = i;
			break;
		}
	if (a > 0)
		bp_buf_puts(&b, ell);
	shift = b.len;
	for (i = a; i < z; i++)
		bp_buf_putc(&b, s[i] == '\n' || s[i] == '\t' ? ' ' : s[i]);
	if (z < len)
		bp_buf_puts(&b, ell);
	bp_buf_putn(&b, "", 0);

	*spans = bp_calloc(h->nspans, sizeof(**spans));
	for (k = 0, i = 0; i < h->nspans; i++) {
		if (h->spans[i].start < a || h->spans[i].end > z)
			continue;
		(*spans)[k].start = h->spans[i].start - a + shift;
		(*spans)[k].end = h->spans[i].end - a + shift;
		k++;
	}
	*nspans = k;
	return bp_buf_take(&b);
}