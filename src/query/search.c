/* Search: every text of the data, case folded a piece at a time, all terms within one item. */
#define _GNU_SOURCE	/* memmem(3): linear, where a loop by hand is not */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_shell.h"
#include "base/bp_suggest.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "query/bp_search.h"

/* Text is folded this many bytes at a time: memory stays bounded. */
#define PIECE	((size_t)64 * 1024)

/* What the summary is called where it is shown. */
static const struct bp_text quick_verdict = { (char *)"Quick verdict", sizeof("Quick verdict") - 1,
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

/* The data format's key of each field, for JSON. */
static const char *const field_keys[BP_HF__MAX] = {
	"title",	/* BP_HF_TITLE */
	"summary",	/* BP_HF_SUMMARY */
	"short",	/* BP_HF_SHORT */
	"name",		/* BP_HF_NAME */
	"label",	/* BP_HF_LABEL */
	"values",	/* BP_HF_VALUE */
	"choose",	/* BP_HF_CHOOSE */
	"body",		/* BP_HF_BODY */
	"question",	/* BP_HF_QUESTION */
	"answer",	/* BP_HF_ANSWER */
	"keywords",	/* BP_HF_KEYWORD */
	"publisher",	/* BP_HF_PUBLISHER */
	"url",		/* BP_HF_URL */
};

void
bp_hit_title(struct bp_buf *out, const struct bp_hit *h)
{
	/* As verdict shows a choose list: by its heading. */
	if (h->where == BP_IN_CHOOSE && h->subject != NULL)
		bp_choose_label(out, h->subject);
	else
		bp_buf_putn(out, h->name->s, h->name->len);
}

void
bp_hit_heading(struct bp_buf *out, const struct bp_hit *h)
{
	bp_buf_puts(out, where_names[h->where]);
	if (h->id != NULL && h->where != BP_IN_CHOOSE) {
		bp_buf_putc(out, ' ');
		bp_buf_puts(out, h->id);
	}
	bp_buf_puts(out, ": ");
	bp_hit_title(out, h);
}

void
bp_hit_field(struct bp_buf *out, const struct bp_hit *h)
{
	if (h->field == BP_HF_VALUE && h->subject != NULL)
		bp_buf_putn(out, h->subject->shortname.s,
		    h->subject->shortname.len);
	else if (h->field == BP_HF_KEYWORD)
		bp_buf_puts(out, "keyword");
	else
		bp_buf_puts(out, field_keys[h->field]);
}

void
bp_hit_field_name(struct bp_buf *out, const struct bp_hit *h)
{
	bp_buf_puts(out, field_keys[h->field]);
	if ((h->field == BP_HF_VALUE || h->field == BP_HF_CHOOSE) &&
	    h->subject != NULL)
		bp_buf_printf(out, ".%s", h->subject->id.s);
	if (h->field == BP_HF_CHOOSE || h->field == BP_HF_KEYWORD)
		bp_buf_printf(out, "[%zu]", h->index);
}

void
bp_hit_command(struct bp_buf *out, const struct bp_hit *h, const char *data)
{
	struct bp_buf	 args = BP_BUF_INIT;

	switch (h->where) {
	case BP_IN_TITLE:
		break;
	case BP_IN_SUMMARY:
	case BP_IN_CHOOSE:
		bp_buf_puts(&args, "verdict");
		break;
	case BP_IN_SUBJECT:
		bp_buf_puts(&args, "compare");
		break;
	case BP_IN_FEATURE:
		bp_buf_printf(&args, "compare --rows %s", h->id);
		break;
	case BP_IN_SECTION:
		bp_buf_printf(&args, "show %s", h->id);
		break;
	case BP_IN_FAQ:
		bp_buf_printf(&args, "faq %s", h->id);
		break;
	case BP_IN_SOURCE:
		bp_buf_printf(&args, "sources %s", h->id);
		break;
	case BP_IN__MAX:
		break;
	}
	bp_command(out, data, args.data);
	bp_buf_free(&args);
}

void
bp_search_command(struct bp_buf *out, const struct bp_query *q,
    const char *data)
{
	struct bp_buf	 args = BP_BUF_INIT;
	size_t		 i;

	bp_buf_puts(&args, "search");
	for (i = 0; i < q->nterms; i++) {
		bp_buf_putc(&args, ' ');
		bp_shell_quote(&args, q->terms[i]);
	}
	bp_command(out, data, args.data);
	bp_buf_free(&args);
}

/* ---- Folding and finding. ---- */

/* A term folded to lower case, code point by code point. */
struct term {
	char	*s;
	size_t	 len;
	size_t	 cps;		/* code points */
};

/* The state of a search. */
struct search {
	struct term		*t;
	size_t			 nt;
	size_t			 overlap;	/* code points a match can straddle */
	size_t			 piece;		/* bytes of text folded at once */
	char			*f;		/* a piece, folded */
	uint32_t		*orig;		/* per folded byte: raw offset */
	int			 ident;		/* the piece is ASCII: orig[i] is i */
	unsigned char		*found;		/* per term */
	size_t			*count;		/* per term: spans kept */
	struct bp_span		*spans;
	size_t			 nspans;
	struct bp_span		*firsts;	/* per term found: its first */
	size_t			 nfirsts;
	struct bp_by_subject	 by;
	const struct bp_value	**values;
	unsigned char		*held;		/* per item: holds every term */
};

/*
 * Folds raw s[0..len) (whole characters) into S->f, recording for every
 * folded byte the offset of its raw character.  Returns the folded length.
 */
static size_t
fold_piece(struct search *S, const char *s, size_t len)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + len;
	uint8_t		 enc[6];
	ucs4_t		 c;
	size_t		 n = 0, j;
	int		 k, m, i;

	/*
	 * ASCII folds alone, as uc_tolower() folds it, each byte where it
	 * was: offsets are recorded only from the first other character.
	 */
	n = bp_ascii_lower(S->f, s, len);
	p += n;
	S->ident = p == end;
	if (S->ident)
		return n;
	for (j = 0; j < n; j++)
		S->orig[j] = (uint32_t)j;
	while (p < end) {
		if (*p < 0x80) {
			j = bp_ascii_lower(S->f + n, (const char *)p,
			    (size_t)(end - p));
			while (j-- > 0)
				S->orig[n++] = (uint32_t)(p++ -
				    (const uint8_t *)s);
			continue;
		}
		k = u8_mbtouc(&c, p, (size_t)(end - p));
		m = u8_uctomb(enc, uc_tolower(c), sizeof(enc));
		if (m <= 0) {
			memcpy(enc, p, (size_t)k);
			m = k;
		}
		for (i = 0; i < m; i++) {
			S->f[n] = (char)enc[i];
			S->orig[n] = (uint32_t)(p - (const uint8_t *)s);
			n++;
		}
		p += k;
	}
	S->orig[n] = (uint32_t)len;
	return n;
}

/* The raw offset, in the piece, of the character folded byte i is of. */
static size_t
orig_at(const struct search *S, size_t i)
{
	return S->ident ? i : S->orig[i];
}

static void
fold_term(struct term *t, const char *s)
{
	struct bp_buf	 b = BP_BUF_INIT;
	const uint8_t	*p = (const uint8_t *)s, *end = p + strlen(s);
	uint8_t		 enc[6];
	ucs4_t		 c;
	int		 k, m;

	t->cps = 0;
	while (p < end) {
		k = u8_mbtouc(&c, p, (size_t)(end - p));
		m = u8_uctomb(enc, uc_tolower(c), sizeof(enc));
		if (m > 0)
			bp_buf_putn(&b, (const char *)enc, (size_t)m);
		else
			bp_buf_putn(&b, (const char *)p, (size_t)k);
		p += k;
		t->cps++;
	}
	bp_buf_putn(&b, LIT(""));
	t->len = b.len;
	t->s = bp_buf_take(&b);
}

/* Where the last n characters of s[a..b) start. */
static size_t
back_chars(const char *s, size_t a, size_t b, size_t n)
{
	while (n > 0 && b > a) {
		b--;
		while (b > a && ((unsigned char)s[b] & 0xc0) == 0x80)
			b--;
		n--;
	}
	return b;
}

static int
cmp_span(const void *a, const void *b)
{
	const struct bp_span	*x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? 1 : x->end > y->end ? -1 : 0;
}

/*
 * Looks for every term in text, a piece at a time, setting found[].  With
 * spans set, keeps the first matches of each term (merged where they
 * overlap) in S->spans and the very first of each in S->firsts, both in
 * order; else stops looking for a term once found.
 */
static void
scan(struct search *S, const struct bp_text *text, int spans)
{
	const char	*s = text->s, *p;
	size_t		 len = text->len, a = 0, b, cut, fl, t, at, start, n;

	S->nspans = 0;
	S->nfirsts = 0;
	if (spans)
		memset(S->count, 0, S->nt * sizeof(*S->count));
	while (a < len) {
		b = len - a > S->piece ? a + S->piece : len;
		while (b < len && b > a && ((unsigned char)s[b] & 0xc0) == 0x80)
			b--;
		/*
		 * A match that starts from cut on is found in the next piece;
		 * a piece is PIECE bytes longer than any match, so each moves
		 * on by that much at least.
		 */
		cut = b < len ? back_chars(s, a, b, S->overlap) : len;
		fl = fold_piece(S, s + a, b - a);
		for (t = 0; t < S->nt; t++) {
			if (S->t[t].len == 0 || (!spans && S->found[t]))
				continue;	/* an empty term is never found */
			at = 0;
			while ((p = memmem(S->f + at, fl - at, S->t[t].s,
			    S->t[t].len)) != NULL) {
				start = a + orig_at(S, (size_t)(p - S->f));
				if (start >= cut)
					break;
				S->found[t] = 1;
				if (!spans || S->count[t] == BP_SEARCH_SPANS)
					break;
				S->spans[S->nspans].start = start;
				S->spans[S->nspans].end = a + orig_at(S,
				    (size_t)(p - S->f) + S->t[t].len);
				if (S->count[t]++ == 0)
					S->firsts[S->nfirsts++] =
					    S->spans[S->nspans];
				S->nspans++;
				at = (size_t)(p - S->f) + S->t[t].len;
			}
		}
		a = cut;
	}
	if (!spans || S->nspans == 0)
		return;
	if (S->nfirsts > 1)
		qsort(S->firsts, S->nfirsts, sizeof(*S->firsts), cmp_span);
	if (S->nspans > 1)
		qsort(S->spans, S->nspans, sizeof(*S->spans), cmp_span);
	for (n = 0, t = 0; t < S->nspans; t++) {
		if (n > 0 && S->spans[t].start <= S->spans[n - 1].end) {
			if (S->spans[t].end > S->spans[n - 1].end)
				S->spans[n - 1].end = S->spans[t].end;
			continue;
		}
		S->spans[n++] = S->spans[t];
	}
	S->nspans = n;
}

/* ---- Items and their fields. ---- */

struct item {
	enum bp_where		 where;
	const char		*id;
	const struct bp_text	*name;
	const void		*p;	/* the subject, feature, choice... */
	const struct bp_subject	*subject;	/* a choice's */
};

/* The i-th field of an item into h (text NULL: none); 0 past the last. */
static int
field_at(const struct bp_doc *d, struct search *S, const struct item *it,
    size_t i, struct bp_hit *h)
{
	static const enum bp_hitfield subject_fields[] = { BP_HF_SHORT,
	    BP_HF_NAME, BP_HF_LABEL };
	static const enum bp_hitfield section_fields[] = { BP_HF_TITLE,
	    BP_HF_BODY };
	static const enum bp_hitfield faq_fields[] = { BP_HF_QUESTION,
	    BP_HF_ANSWER };
	static const enum bp_hitfield source_fields[] = { BP_HF_TITLE,
	    BP_HF_PUBLISHER, BP_HF_URL };
	const struct bp_subject	*su = it->p;
	const struct bp_feature	*fe = it->p;
	const struct bp_choice	*ch = it->p;
	const struct bp_section	*se = it->p;
	const struct bp_faq	*fq = it->p;
	const struct bp_source	*so = it->p;

	memset(h, 0, sizeof(*h));
	h->where = it->where;
	h->id = it->id;
	h->name = it->name;
	switch (it->where) {
	case BP_IN_TITLE:
	case BP_IN_SUMMARY:
		h->field = it->where == BP_IN_TITLE ? BP_HF_TITLE :
		    BP_HF_SUMMARY;
		h->text = it->where == BP_IN_TITLE ? &d->title : &d->summary;
		return i == 0;
	case BP_IN_SUBJECT:
		if (i >= 3)
			return 0;
		h->field = subject_fields[i];
		h->text = i == 0 ? &su->shortname : i == 1 ? &su->name :
		    &su->label;
		return 1;
	case BP_IN_FEATURE:
		if (i == 0) {
			h->field = BP_HF_LABEL;
			h->text = &fe->label;
			/* Values in subject order, as the table shows them. */
			bp_by_subject(&S->by, fe, S->values);
			return 1;
		}
		if (i > d->nsubjects)
			return 0;
		h->field = BP_HF_VALUE;
		h->subject = &d->subjects[i - 1];
		if (S->values[i - 1] != NULL)
			h->text = &S->values[i - 1]->text;
		return 1;
	case BP_IN_CHOOSE:
		if (i >= ch->items.n)
			return 0;
		h->field = BP_HF_CHOOSE;
		h->subject = it->subject;
		h->index = i;
		h->text = &ch->items.v[i];
		return 1;
	case BP_IN_SECTION:
		if (i >= 2)
			return 0;
		h->field = section_fields[i];
		h->text = i == 0 ? &se->title : &se->body;
		return 1;
	case BP_IN_FAQ:
		if (i < 2) {
			h->field = faq_fields[i];
			h->text = i == 0 ? &fq->question : &fq->answer;
			return 1;
		}
		if (i - 2 >= fq->keywords.n)
			return 0;
		h->field = BP_HF_KEYWORD;
		h->index = i - 2;
		h->text = &fq->keywords.v[i - 2];
		return 1;
	case BP_IN_SOURCE:
		if (i >= 3)
			return 0;
		h->field = source_fields[i];
		h->text = i == 0 ? &so->title : i == 1 ? &so->publisher :
		    &so->url;
		return 1;
	case BP_IN__MAX:
		break;
	}
	return 0;
}

/* Whether the item holds every term, in any of its fields. */
static int
holds_all(const struct bp_doc *d, struct search *S, const struct item *it)
{
	struct bp_hit	 h;
	size_t		 i, t;

	memset(S->found, 0, S->nt);
	for (i = 0; field_at(d, S, it, i, &h); i++)
		if (h.text != NULL && h.text->s != NULL)
			scan(S, h.text, 0);
	for (t = 0; t < S->nt; t++)
		if (!S->found[t])
			return 0;
	return 1;
}

struct walk {
	const struct bp_doc	*d;
	struct search		*S;
	size_t			 nitems;
	size_t			 at;		/* the item's number, in order */
	void			(*fn)(const struct bp_hit *, void *);
	void			*arg;
};

static void
visit(struct walk *W, enum bp_where where, const char *id,
    const struct bp_text *name, const void *p, const struct bp_subject *su)
{
	struct item	 it = { where, id, name, p, su };
	struct bp_hit	 h;
	size_t		 i;
	int		 first = 1;

	/*
	 * bp_search() notes which items hold every term: the hits' walk
	 * looks only at those.
	 */
	if (W->fn == NULL)
		W->S->held[W->at] = (unsigned char)holds_all(W->d, W->S, &it);
	if (!W->S->held[W->at++])
		return;
	W->nitems++;
	if (W->fn == NULL)
		return;
	for (i = 0; field_at(W->d, W->S, &it, i, &h); i++) {
		if (h.text == NULL || h.text->s == NULL)
			continue;
		scan(W->S, h.text, 1);
		if (W->S->nspans == 0)
			continue;
		h.first = first;
		first = 0;
		h.spans = W->S->spans;
		h.nspans = W->S->nspans;
		h.firsts = W->S->firsts;
		h.nfirsts = W->S->nfirsts;
		W->fn(&h, W->arg);
	}
}

/* Every item, in the order the commands show them. */
static void
walk(struct walk *W)
{
	const struct bp_doc	*d = W->d;
	const struct bp_choice	*c;
	size_t			 i;

	visit(W, BP_IN_TITLE, NULL, &d->title, NULL, NULL);
	visit(W, BP_IN_SUMMARY, NULL, &quick_verdict, NULL, NULL);
	for (i = 0; i < d->nsubjects; i++)
		visit(W, BP_IN_SUBJECT, d->subjects[i].id.s,
		    &d->subjects[i].name, &d->subjects[i], NULL);
	for (i = 0; i < d->nfeatures; i++)
		visit(W, BP_IN_FEATURE, d->features[i].id.s,
		    &d->features[i].label, &d->features[i], NULL);
	for (i = 0; i < d->nsubjects; i++)
		if ((c = bp_choice_for(d, d->subjects[i].id.s)) != NULL)
			visit(W, BP_IN_CHOOSE, c->subject.s,
			    &d->subjects[i].name, c, &d->subjects[i]);
	for (i = 0; i < d->nsections; i++)
		visit(W, BP_IN_SECTION, d->sections[i].id.s,
		    &d->sections[i].title, &d->sections[i], NULL);
	for (i = 0; i < d->nfaqs; i++)
		visit(W, BP_IN_FAQ, d->faqs[i].id.s, &d->faqs[i].question,
		    &d->faqs[i], NULL);
	for (i = 0; i < d->nsources; i++)
		visit(W, BP_IN_SOURCE, d->sources[i].id.s,
		    &d->sources[i].title, &d->sources[i], NULL);
}

size_t
bp_search(const struct bp_doc *d, char *const *terms, size_t nterms,
    struct bp_query *q)
{
	struct search	*S;
	struct walk	 W;
	size_t		 i, most = 0;

	memset(q, 0, sizeof(*q));
	q->terms = terms;
	q->nterms = nterms;
	q->priv = S = bp_calloc(1, sizeof(*S));
	S->nt = nterms;
	S->t = bp_calloc(nterms, sizeof(*S->t));
	for (i = 0; i < nterms; i++) {
		fold_term(&S->t[i], terms[i]);
		if (S->t[i].cps > most)
			most = S->t[i].cps;
	}
	S->overlap = most > 0 ? most - 1 : 0;
	/* Room for a match of the longest term (4 bytes a character) and more. */
	S->piece = PIECE + 4 * S->overlap;
	/* Folded, a piece is at most half as long again. */
	S->f = bp_malloc(2 * S->piece + 1);
	S->orig = bp_calloc(2 * S->piece + 1, sizeof(*S->orig));
	S->found = bp_calloc(nterms + 1, 1);
	S->count = bp_calloc(nterms + 1, sizeof(*S->count));
	S->spans = bp_calloc(BP_SEARCH_SPANS * nterms + 1, sizeof(*S->spans));
	S->firsts = bp_calloc(nterms + 1, sizeof(*S->firsts));
	bp_by_subject_init(&S->by, d);
	S->values = bp_calloc(d->nsubjects + 1, sizeof(*S->values));
	/* As walk() visits them: title, summary, subjects, choices... */
	S->held = bp_calloc(2 + 2 * d->nsubjects + d->nfeatures +
	    d->nsections + d->nfaqs + d->nsources, 1);

	memset(&W, 0, sizeof(W));
	W.d = d;
	W.S = S;
	walk(&W);
	q->nitems = W.nitems;
	return q->nitems;
}

void
bp_search_hits(const struct bp_doc *d, const struct bp_query *q,
    void (*fn)(const struct bp_hit *, void *),
    void *arg)
{
	struct walk	 W;

	memset(&W, 0, sizeof(W));
	W.d = d;
	W.S = q->priv;
	W.fn = fn;
	W.arg = arg;
	walk(&W);
}

void
bp_query_free(struct bp_query *q)
{
	struct search	*S;
	size_t		 i;

	if (q == NULL || (S = q->priv) == NULL)
		return;
	for (i = 0; i < S->nt; i++)
		free(S->t[i].s);
	free(S->t);
	free(S->f);
	free(S->orig);
	free(S->found);
	free(S->count);
	free(S->spans);
	free(S->firsts);
	free(S->values);
	free(S->held);
	bp_by_subject_free(&S->by);
	free(S);
	q->priv = NULL;
}

/* ---- Excerpts. ---- */

/*
 * Characters of context before and after a window's match when it is
 * the only window; each of n windows gets an n-th of that, down to a
 * floor, so an excerpt grows with the terms it shows but stays short.
 */
#define CTX_BEFORE	40
#define CTX_AFTER	80
#define CTX_MIN_BEFORE	12
#define CTX_MIN_AFTER	24
/* Bytes at a window's edge looked through for a space to cut at. */
#define CUT_SPACE	16
/* Windows at most this many characters apart are shown as one. */
#define MERGE_GAP	12
/* A grapheme cluster longer than this (in bytes) is no real one. */
#define MAX_CLUSTER	256
/* Bytes of a run of regional indicators counted back to pair them. */
#define MAX_FLAGS	4096

/* What an excerpt shows where it leaves text out, in UTF-8 and in ASCII. */
struct marks {
	const char	*ell;	/* the text was cut here */
	const char	*gap;	/* between two windows */
	const char	*para;	/* a paragraph break */
};

static const struct marks mark_sets[2] = {
	{ "…", " … ", " ¶ " },
	{ "...", " ... ", " // " },
};

/* The part s[a..z) of a text that an excerpt shows. */
struct window {
	size_t	 a, z;
};

static int
is_cont(unsigned char c)
{
	return (c & 0xc0) == 0x80;
}

/* The white space an excerpt shows as one space: spaces, tabs, newlines. */
static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/* Where the n characters of s[a..hi) from a end. */
static size_t
fwd_chars(const char *s, size_t a, size_t hi, size_t n)
{
	while (n > 0 && a < hi) {
		a++;
		while (a < hi && is_cont((unsigned char)s[a]))
			a++;
		n--;
	}
	return a;
}

static int
is_regional(ucs4_t c)
{
	return c >= 0x1f1e6 && c <= 0x1f1ff;
}

/*
 * Whether s[0..len) may be cut at i without splitting a character or a
 * grapheme cluster.  libunistring 1.0 looks at two characters only, so
 * it breaks after a zero-width joiner and between any two regional
 * indicators: here emoji ZWJ sequences (rule GB11) stay whole, as the
 * wrapper keeps them, and so do flags, pairs of regional indicators
 * (GB12, GB13) counted from the start of their run (at most MAX_FLAGS
 * bytes back).
 */
static int
cluster_break(const char *s, size_t len, size_t i)
{
	const uint8_t	*u = (const uint8_t *)s, *p, *lo;
	ucs4_t		 a, b;
	size_t		 n;

	if (i == 0 || i >= len)
		return 1;
	if (is_cont(u[i]))
		return 0;
	if (u[i] < 0x80 && u[i - 1] < 0x80)
		return u[i - 1] != '\r' || u[i] != '\n';
	if ((p = u8_prev(&a, u + i, u)) == NULL)
		return 1;
	u8_mbtouc(&b, u + i, len - i);
	if (a == 0x200d && b >= 0x80 && uc_is_property_emoji(b))
		return 0;
	if (is_regional(a) && is_regional(b)) {
		lo = i > MAX_FLAGS ? u + i - MAX_FLAGS : u;
		for (n = 1; p > lo && (p = u8_prev(&a, p, lo)) != NULL &&
		    is_regional(a); n++)
			;
		return n % 2 == 0;
	}
	return uc_is_grapheme_break(a, b);
}

/* Where the cluster that holds s[i] starts (at most MAX_CLUSTER back). */
static size_t
cluster_start(const char *s, size_t len, size_t i)
{
	size_t	 lo = i > MAX_CLUSTER ? i - MAX_CLUSTER : 0;

	while (i > lo && !cluster_break(s, len, i))
		i--;
	while (i > 0 && is_cont((unsigned char)s[i]))
		i--;
	return i;
}

/* Where the cluster that holds s[i - 1] ends (at most MAX_CLUSTER on). */
static size_t
cluster_end(const char *s, size_t len, size_t i)
{
	size_t	 hi = len - i > MAX_CLUSTER ? i + MAX_CLUSTER : len;

	while (i < hi && !cluster_break(s, len, i))
		i++;
	while (i < len && is_cont((unsigned char)s[i]))
		i++;
	return i;
}

/* The span of v[0..n) (in order, apart) that runs across at, or NULL. */
static const struct bp_span *
span_across(const struct bp_span *v, size_t n, size_t at)
{
	size_t	 lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (v[mid].start < at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && v[lo - 1].end > at ? &v[lo - 1] : NULL;
}

/* Characters of context for each of k windows: most / k, at least least. */
static size_t
context(size_t most, size_t least, size_t k)
{
	size_t	 n = k > 0 ? most / k : most;

	return n > least ? n : least;
}

/*
 * Sets w[] to the windows around the first nm first matches of h's text,
 * with before and after characters of context: in order, and more than
 * MERGE_GAP characters apart (closer ones are merged).  [lo, hi) is the
 * text without its outer white space.  Returns how many.
 */
static size_t
windows(const struct bp_hit *h, size_t lo, size_t hi, size_t nm,
    size_t before, size_t after, struct window *w)
{
	const char		*s = h->text->s;
	const struct bp_span	*m = h->firsts, *x;
	size_t			 len = h->text->len, i, j, n = 0, a, z;
	size_t			 cut_a, cut_z;

	cut_a = before / 2 < CUT_SPACE ? before / 2 : CUT_SPACE;
	cut_z = after / 2 < CUT_SPACE ? after / 2 : CUT_SPACE;
	for (i = 0; i < nm; i++) {
		/* Counted in characters, so CJK gets as much as Latin. */
		a = back_chars(s, lo, m[i].start, before);
		z = fwd_chars(s, m[i].end, hi, after);
		/*
		 * Cut at a space when one is near, inside the window or
		 * else just outside it: whole words read better.
		 */
		for (j = a; a > lo && j < m[i].start && j < a + cut_a; j++)
			if (is_blank(s[j]))
				break;
		if (a > lo && j < m[i].start && j < a + cut_a)
			a = j + 1;
		else
			for (j = a; j > lo && j + CUT_SPACE > a; j--)
				if (is_blank(s[j - 1])) {
					a = j;
					break;
				}
		for (j = z; z < hi && j > m[i].end && j + cut_z > z; j--)
			if (is_blank(s[j]))
				break;
		if (z < hi && j > m[i].end && j + cut_z > z)
			z = j;
		else
			for (j = z; j < hi && j < z + CUT_SPACE; j++)
				if (is_blank(s[j])) {
					z = j;
					break;
				}
		/* A match across an edge is shown whole, and so is a cluster. */
		if ((x = span_across(h->spans, h->nspans, a)) != NULL)
			a = x->start;
		if ((x = span_across(h->spans, h->nspans, z)) != NULL)
			z = x->end;
		w[n].a = cluster_start(s, len, a);
		w[n].z = cluster_end(s, len, z);
		n++;
		while (n > 1 && w[n - 1].a <= fwd_chars(s, w[n - 2].z, len,
		    MERGE_GAP)) {
			if (w[n - 1].a < w[n - 2].a)
				w[n - 2].a = w[n - 1].a;
			if (w[n - 1].z > w[n - 2].z)
				w[n - 2].z = w[n - 1].z;
			n--;
		}
	}
	return n;
}

/*
 * Appends the window of s (len bytes) to b: each run of white space one
 * space, or para when it holds a blank line, and none at either end.
 * Adds the spans v[*k..nv) that lie inside it to out[*nout..], as
 * offsets into b, skipping those before its end that do not fit.
 */
static void
put_window(struct bp_buf *b, const char *s, size_t len, struct window w,
    const char *para, const struct bp_span *v, size_t nv, size_t *k,
    struct bp_span *out, size_t *nout)
{
	size_t	 i = w.a, j, nl, o1, o2, st = 0, at;
	int	 blank, open = 0;

	while (*k < nv && v[*k].start < w.a)
		(*k)++;
	while (i < w.z) {
		for (j = i, nl = 0; j < w.z && is_blank(s[j]); j++)
			nl += s[j] == '\n';
		/* A space a mark is drawn on is a character, not a gap. */
		if (j > i && j < w.z && !cluster_break(s, len, j))
			j--;
		blank = j > i;
		o1 = b->len;
		if (!blank) {
			for (j = i + 1; j < w.z && !is_blank(s[j]); j++)
				;
			bp_buf_putn(b, s + i, j - i);
		} else if (i > w.a && j < w.z)
			bp_buf_puts(b, nl > 1 ? para : " ");
		o2 = b->len;
		/* Offsets in a run of white space go to either end of it. */
		while (*k < nv) {
			if (!open) {
				if (v[*k].start >= j)
					break;
				if (v[*k].end > w.z) {
					(*k)++;
					continue;
				}
				st = !blank ? o1 + (v[*k].start - i) :
				    v[*k].start == i ? o1 : o2;
				open = 1;
			}
			if (v[*k].end > j)
				break;
			at = !blank ? o1 + (v[*k].end - i) : o2;
			if (at > st) {
				out[*nout].start = st;
				out[*nout].end = at;
				(*nout)++;
			}
			open = 0;
			(*k)++;
		}
		i = j;
	}
}

char *
bp_hit_snippet(const struct bp_hit *h, int ascii, struct bp_span **spans,
    size_t *nspans)
{
	const struct marks	*mk = &mark_sets[ascii != 0];
	struct bp_buf		 b = BP_BUF_INIT;
	struct window		 w[BP_EXCERPT_TERMS];
	const char		*s = h->text->s;
	size_t			 len = h->text->len, lo = 0, hi = len, nm, n, k;
	size_t			 i;

	/* Outer white space (a block's last newline) is no part of it. */
	while (lo < hi && is_blank(s[lo]))
		lo++;
	while (hi > lo && is_blank(s[hi - 1]))
		hi--;
	nm = h->nfirsts < BP_EXCERPT_TERMS ? h->nfirsts : BP_EXCERPT_TERMS;
	/* Fewer windows, once merged, have room for more context each. */
	for (k = nm;; k = n) {
		n = windows(h, lo, hi, nm, context(CTX_BEFORE, CTX_MIN_BEFORE,
		    k), context(CTX_AFTER, CTX_MIN_AFTER, k), w);
		if (n >= k)
			break;
	}

	*spans = bp_calloc(h->nspans + 1, sizeof(**spans));
	*nspans = 0;
	for (k = 0, i = 0; i < n; i++) {
		if (i > 0)
			bp_buf_puts(&b, mk->gap);
		else if (w[0].a > lo)
			bp_buf_puts(&b, mk->ell);
		put_window(&b, s, len, w[i], mk->para, h->spans, h->nspans,
		    &k, *spans, nspans);
	}
	if (n > 0 && w[n - 1].z < hi)
		bp_buf_puts(&b, mk->ell);
	bp_buf_putn(&b, LIT(""));
	return bp_buf_take(&b);
}
