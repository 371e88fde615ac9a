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

/* Words that say nothing about which question is meant. */
static int
stopword(const char *w)
{
	static const char *const stop[] = {
		"a", "an", "and", "are", "as", "be", "by", "can", "do", "does",
		"for", "how", "i", "in", "is", "it", "of", "on", "or", "the",
		"to", "what", "when", "which", "who", "why", "with",
	};
	size_t	 i;

	for (i = 0; i < sizeof(stop) / sizeof(stop[0]); i++)
		if (strcmp(w, stop[i]) == 0)
			return 1;
	return 0;
}

/* A crude stem: the word without one common English ending. */
static size_t
stem_len(const char *w)
{
	static const char *const ends[] = {
		"ing", "est", "ies", "ed", "er", "es", "ly", "s",
	};
	size_t	 n = strlen(w), e, i;

	for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++) {
		e = strlen(ends[i]);
		if (n >= e + 3 && strcmp(w + n - e, ends[i]) == 0 &&
		    !(e == 1 && w[n - 2] == 's'))	/* "class", not "clas" */
			return n - e;
	}
	return n;
}

/*
 * Whether a query word finds a word of the text: the same stem ("costs",
 * "cost"), or the start of a longer word ("cheap", "cheaper").
 */
static int
word_matches(const char *q, const char *t)
{
	size_t	 sq = stem_len(q), st = stem_len(t), lq = strlen(q);

	if (sq == st && strncmp(q, t, sq) == 0)
		return 1;
	return lq >= 3 && strncmp(t, q, lq) == 0;
}

static int
any_matches(const char *q, const struct words *text)
{
	size_t	 k;

	for (k = 0; k < text->n; k++)
		if (word_matches(q, text->v[k]))
			return 1;
	return 0;
}

/* Weights: a keyword or the id says most, the question more than the answer. */
#define W_KEYWORD	3
#define W_QUESTION	2
#define W_ANSWER	1

/*
 * Scores an entry against the query words: the sum, over the words, of
 * the weight of the best place each is found; 0 when any is not found.
 */
static size_t
score(const struct bp_faq *f, const struct words *q)
{
	struct words	 kw = { NULL, 0 }, qu = { NULL, 0 }, an = { NULL, 0 };
	size_t		 i, total = 0;

	words_split(&kw, f->id.s, f->id.len);
	for (i = 0; i < f->keywords.n; i++)
		words_split(&kw, f->keywords.v[i].s, f->keywords.v[i].len);
	words_split(&qu, f->question.s, f->question.len);
	words_split(&an, f->answer.s, f->answer.len);
	for (i = 0; i < q->n; i++) {
		if (any_matches(q->v[i], &kw))
			total += W_KEYWORD;
		else if (any_matches(q->v[i], &qu))
			total += W_QUESTION;
		else if (any_matches(q->v[i], &an))
			total += W_ANSWER;
		else {
			total = 0;
			break;
		}
	}
	words_free(&kw);
	words_free(&qu);
	words_free(&an);
	return total;
}

/* Drops stopwords: a query of nothing else asks nothing. */
static void
drop_stopwords(struct words *q)
{
	size_t	 i, n;

	for (n = 0, i = 0; i < q->n; i++) {
		if (stopword(q->v[i]))
			free(q->v[i]);
		else
			q->v[n++] = q->v[i];
	}
	q->n = n;
}

static void
add_cand(size_t **cands, size_t *n, size_t i)
{
	*cands = bp_reallocarray(*cands, *n + 1, sizeof(**cands));
	(*cands)[(*n)++] = i;
}

enum bp_found
bp_faq_find(const struct bp_doc *d, const char *query,
    const struct bp_faq **hit, size_t **cands, size_t *ncands)
{
	struct words	 q = { NULL, 0 };
	size_t		 i, num, best = 0, s, nbest = 0;
	size_t		*scores = NULL;
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
		if (keyword_is(&d->faqs[i].keywords, &q))
			add_cand(cands, ncands, i);
	if (*ncands == 0) {
		/* Else the entries that hold every word, best score first. */
		drop_stopwords(&q);
		if (q.n == 0)
			goto out;
		scores = bp_calloc(d->nfaqs, sizeof(*scores));
		for (i = 0; i < d->nfaqs; i++) {
			scores[i] = s = score(&d->faqs[i], &q);
			if (s > best) {
				best = s;
				nbest = 0;
			}
			if (s == best && s > 0)
				nbest++;
		}
		/* A clear best is an answer; a tie lists the tied. */
		for (i = 0; best > 0 && i < d->nfaqs; i++)
			if (scores[i] == best)
				add_cand(cands, ncands, i);
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
	free(scores);
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
