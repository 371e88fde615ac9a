/* Look-up of FAQ entries and sections by id, number or question words. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

#include "bp_alloc.h"
#include "bp_doc.h"
#include "bp_lookup.h"
#include "bp_text.h"

/* Ids are ASCII: any case means ASCII case, whatever the locale. */
static int
id_is(const struct bp_text *id, const char *query)
{
	return id->s != NULL && bp_ascii_casecmp(id->s, query) == 0;
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

/* Longer words are compared by their start: memory stays that of a word. */
#define WORD_MAX	256

/*
 * The words of a text, one at a time: runs of letters and digits, each
 * folded to lower case into buf.  Nothing is allocated, whatever the
 * text's size.
 */
struct words {
	const uint8_t	*p, *end;
	char		 buf[WORD_MAX + 8];
	size_t		 len;
};

static void
words_start(struct words *w, const char *s, size_t len)
{
	w->p = (const uint8_t *)s;
	w->end = w->p + len;
	w->len = 0;
}

static int
words_next(struct words *w)
{
	ucs4_t	 c;
	int	 n, m;

	w->len = 0;
	while (w->p < w->end) {
		n = u8_mbtouc(&c, w->p, (size_t)(w->end - w->p));
		if (uc_is_alnum(c))
			break;
		w->p += n;
	}
	if (w->p == w->end)
		return 0;
	while (w->p < w->end) {
		n = u8_mbtouc(&c, w->p, (size_t)(w->end - w->p));
		if (!uc_is_alnum(c))
			break;
		if (w->len + 6 <= WORD_MAX) {
			m = u8_uctomb((uint8_t *)w->buf + w->len, uc_tolower(c),
			    6);
			w->len += m > 0 ? (size_t)m : 0;
		}
		w->p += n;
	}
	w->buf[w->len] = '\0';
	return 1;
}

/* The query's words, kept: it is short, and every entry is held to it. */
struct qwords {
	char	**v;
	size_t	  n;
};

static void
qwords_free(struct qwords *q)
{
	size_t	 i;

	for (i = 0; i < q->n; i++)
		free(q->v[i]);
	free(q->v);
	q->v = NULL;
	q->n = 0;
}

static void
qwords_split(struct qwords *q, const char *s)
{
	struct words	 w;

	words_start(&w, s, strlen(s));
	while (words_next(&w)) {
		q->v = bp_reallocarray(q->v, q->n + 1, sizeof(*q->v));
		q->v[q->n++] = bp_strndup(w.buf, w.len);
	}
}

/* Whether the query's words are exactly the words of one of the keywords. */
static int
keyword_is(const struct bp_texts *keywords, const struct qwords *q)
{
	struct words	 w;
	size_t		 i, k;
	int		 same = 0;

	for (i = 0; i < keywords->n && !same; i++) {
		words_start(&w, keywords->v[i].s, keywords->v[i].len);
		for (same = 1, k = 0; same && words_next(&w); k++)
			same = k < q->n && strcmp(w.buf, q->v[k]) == 0;
		same = same && k == q->n;
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
any_matches(const char *q, const char *s, size_t len)
{
	struct words	 w;

	if (s == NULL)
		return 0;
	words_start(&w, s, len);
	while (words_next(&w))
		if (word_matches(q, w.buf))
			return 1;
	return 0;
}

/* Whether q finds a word of the entry's id or keywords. */
static int
in_keywords(const char *q, const struct bp_faq *f)
{
	size_t	 i;

	if (any_matches(q, f->id.s, f->id.len))
		return 1;
	for (i = 0; i < f->keywords.n; i++)
		if (any_matches(q, f->keywords.v[i].s, f->keywords.v[i].len))
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
score(const struct bp_faq *f, const struct qwords *q)
{
	size_t	 i, total = 0;

	for (i = 0; i < q->n; i++) {
		if (in_keywords(q->v[i], f))
			total += W_KEYWORD;
		else if (any_matches(q->v[i], f->question.s, f->question.len))
			total += W_QUESTION;
		else if (any_matches(q->v[i], f->answer.s, f->answer.len))
			total += W_ANSWER;
		else
			return 0;
	}
	return total;
}

/* Drops stopwords: a query of nothing else asks nothing. */
static void
drop_stopwords(struct qwords *q)
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
	struct qwords	 q = { NULL, 0 };
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
	qwords_split(&q, query);
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
	qwords_free(&q);
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
