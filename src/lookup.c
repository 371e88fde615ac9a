/* Look-up of FAQ entries and sections by id, number or question words. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

#include "bp_alloc.h"
#include "bp_doc.h"
#include "bp_lookup.h"

/* Ids are ASCII, so any-case comparison of ids needs no Unicode folding. */
static int
id_is(const struct bp_text *id, const char *query)
{
	return id->s != NULL && strcasecmp(id->s, query) == 0;
}

/* A number from 1 to n, or 0. */
static size_t
number_of(const char *q, size_t n)
{
	char		*end;
	unsigned long	 v;

	if (*q < '0' || *q > '9')
		return 0;
	v = strtoul(q, &end, 10);
	if (*end != '\0' || v < 1 || v > n)
		return 0;
	return (size_t)v;
}

struct words {
	char	**v;	/* lowercased, NUL-terminated */
	size_t	  n;
};

static void
words_free(struct words *w)
{
	size_t	 i;

	for (i = 0; i < w->n; i++)
		free(w->v[i]);
	free(w->v);
	w->v = NULL;
	w->n = 0;
}

/* Splits text into runs of letters and digits, each folded to lower case. */
static void
words_split(struct words *w, const char *s, size_t len)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + len, *a;
	ucs4_t		 c;
	int		 n;
	uint8_t		*low;
	size_t		 lowlen;

	while (p < end) {
		n = u8_mbtouc(&c, p, (size_t)(end - p));
		if (!uc_is_alnum(c)) {
			p += n;
			continue;
		}
		for (a = p; p < end; p += n) {
			n = u8_mbtouc(&c, p, (size_t)(end - p));
			if (!uc_is_alnum(c))
				break;
		}
		low = u8_tolower(a, (size_t)(p - a), NULL, NULL, NULL, &lowlen);
		if (low == NULL)
			continue;
		w->v = bp_reallocarray(w->v, w->n + 1, sizeof(*w->v));
		w->v[w->n] = bp_strndup((const char *)low, lowlen);
		w->n++;
		free(low);
	}
}

/* Whether every query word begins some word of the text. */
static int
words_match(const struct words *q, const struct words *text)
{
	size_t	 i, k;

	for (i = 0; i < q->n; i++) {
		for (k = 0; k < text->n; k++)
			if (strncmp(text->v[k], q->v[i], strlen(q->v[i])) == 0)
				break;
		if (k == text->n)
			return 0;
	}
	return 1;
}

/* Whether the query's words are exactly the words of one of the keywords. */
static int
keyword_is(const struct bp_texts *keywords, const struct words *q)
{
	struct words	 kw = { NULL, 0 };
	size_t		 i, k;
	int		 same = 0;

	for (i = 0; i < keywords->n && !same; i++) {
		words_split(&kw, keywords->v[i].s, keywords->v[i].len);
		same = kw.n == q->n;
		for (k = 0; same && k < kw.n; k++)
			same = strcmp(kw.v[k], q->v[k]) == 0;
		words_free(&kw);
	}
	return same;
}

enum bp_found
bp_faq_find(const struct bp_doc *d, const char *query,
    const struct bp_faq **hit, size_t **cands, size_t *ncands)
{
	struct words	 q = { NULL, 0 }, text = { NULL, 0 };
	size_t		 i, num;
	int		 bykeyword;
	enum bp_found	 r = BP_NOT_FOUND;

	*hit = NULL;
	*cands = NULL;
	*ncands = 0;
	for (i = 0; i < d->nfaqs; i++)
		if (id_is(&d->faqs[i].id, query)) {
			*hit = &d->faqs[i];
			return BP_FOUND;
		}
	if ((num = number_of(query, d->nfaqs)) > 0) {
		*hit = &d->faqs[num - 1];
		return BP_FOUND;
	}
	words_split(&q, query, strlen(query));
	if (q.n == 0)
		goto out;
	/* A whole keyword ("privilege", "unauthorized practice of law"). */
	for (i = 0; i < d->nfaqs; i++)
		if (keyword_is(&d->faqs[i].keywords, &q)) {
			*cands = bp_reallocarray(*cands, *ncands + 1,
			    sizeof(**cands));
			(*cands)[(*ncands)++] = i;
		}
	bykeyword = *ncands > 0;
	/* Else words that begin words of the question or its keywords. */
	for (i = 0; !bykeyword && i < d->nfaqs; i++) {
		size_t	 k;

		words_split(&text, d->faqs[i].question.s,
		    d->faqs[i].question.len);
		for (k = 0; k < d->faqs[i].keywords.n; k++)
			words_split(&text, d->faqs[i].keywords.v[k].s,
			    d->faqs[i].keywords.v[k].len);
		if (words_match(&q, &text)) {
			*cands = bp_reallocarray(*cands, *ncands + 1,
			    sizeof(**cands));
			(*cands)[(*ncands)++] = i;
		}
		words_free(&text);
	}
	if (*ncands == 1) {
		*hit = &d->faqs[(*cands)[0]];
		free(*cands);
		*cands = NULL;
		*ncands = 0;
		r = BP_FOUND;
	} else if (*ncands > 1)
		r = BP_AMBIGUOUS;
out:
	words_free(&q);
	return r;
}

const struct bp_section *
bp_section_find(const struct bp_doc *d, const char *id)
{
	size_t	 i;

	for (i = 0; i < d->nsections; i++)
		if (id_is(&d->sections[i].id, id))
			return &d->sections[i];
	return NULL;
}
