/* Look-up of FAQ entries and sections by id, number or question words. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

#include "base/bp_alloc.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "query/bp_lookup.h"

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

/* uc_is_alnum() for ASCII: letters and digits. */
static int
ascii_alnum(ucs4_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

static void
words_start(struct words *w, const char *s, size_t len)
{
	w->p = (const uint8_t *)s;
	w->end = w->p + len;
	w->len = 0;
}

static void	spelling(struct words *);

static int
words_next(struct words *w)
{
	ucs4_t	 c;
	int	 n, m;

	w->len = 0;
	while (w->p < w->end) {
		if (*w->p < 0x80) {
			if (ascii_alnum(*w->p))
				break;
			w->p++;
			continue;
		}
		n = u8_mbtouc(&c, w->p, (size_t)(w->end - w->p));
		if (uc_is_alnum(c))
			break;
		w->p += n;
	}
	if (w->p == w->end)
		return 0;
	while (w->p < w->end) {
		/* ASCII letters and digits fold alone, as uc_tolower() does. */
		if (*w->p < 0x80) {
			c = *w->p;
			if (!ascii_alnum(c))
				break;
			if (w->len + 6 <= WORD_MAX)
				w->buf[w->len++] = (char)(c >= 'A' && c <= 'Z' ?
				    c + 'a' - 'A' : c);
			w->p++;
			continue;
		}
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
	spelling(w);
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
	static const char *const endings[] = {
		"ing", "est", "ies", "ed", "er", "es", "ly", "s",
	};
	size_t	 n = strlen(w), e, i;

	for (i = 0; i < sizeof(endings) / sizeof(endings[0]); i++) {
		e = strlen(endings[i]);
		if (n >= e + 3 && strcmp(w + n - e, endings[i]) == 0 &&
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

/* Replaces the end of w (its last e bytes) with to, when it ends so. */
static int
ends(struct words *w, size_t stem, const char *from, const char *to)
{
	size_t	 e = strlen(from);

	if (w->len < stem + e || strcmp(w->buf + w->len - e, from) != 0)
		return 0;
	memcpy(w->buf + w->len - e, to, strlen(to) + 1);
	w->len = w->len - e + strlen(to);
	return 1;
}

/*
 * One spelling for British and American words: -ise and -isation as -ize
 * and -ization, -yse as -yze, -our as -or.  The same rule on both sides,
 * so a word it bends wrongly only meets itself.
 */
static void
spelling(struct words *w)
{
	static const char *const pairs[][2] = {
		{ "isations", "izations" }, { "isation", "ization" },
		{ "ising", "izing" }, { "ised", "ized" }, { "ises", "izes" },
		{ "ise", "ize" }, { "ysing", "yzing" }, { "ysed", "yzed" },
		{ "yses", "yzes" }, { "yse", "yze" }, { "ours", "ors" },
		{ "our", "or" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
		if (ends(w, 3, pairs[i][0], pairs[i][1]))
			return;
}

/* ---- Lists: what a query can pick from. ---- */

size_t
bp_list_n(const struct bp_doc *d, enum bp_list l)
{
	return l == BP_LIST_FAQ ? d->nfaqs : l == BP_LIST_SECTIONS ?
	    d->nsections : d->nsources;
}

const struct bp_text *
bp_list_id(const struct bp_doc *d, enum bp_list l, size_t i)
{
	return l == BP_LIST_FAQ ? &d->faqs[i].id : l == BP_LIST_SECTIONS ?
	    &d->sections[i].id : &d->sources[i].id;
}

const struct bp_text *
bp_list_name(const struct bp_doc *d, enum bp_list l, size_t i)
{
	return l == BP_LIST_FAQ ? &d->faqs[i].question :
	    l == BP_LIST_SECTIONS ? &d->sections[i].title : &d->sources[i].title;
}

/* Weights: the id or a keyword says most, the name more, the rest supports. */
#define W_KEYWORD	3
#define W_NAME		2
#define W_SUPPORT	1

/* Whether q finds a word of the item's id, or a keyword of a question. */
static int
in_keywords(const struct bp_doc *d, enum bp_list l, size_t i, const char *q)
{
	const struct bp_text	*id = bp_list_id(d, l, i);
	size_t			 k;

	if (any_matches(q, id->s, id->len))
		return 1;
	if (l != BP_LIST_FAQ)
		return 0;
	for (k = 0; k < d->faqs[i].keywords.n; k++)
		if (any_matches(q, d->faqs[i].keywords.v[k].s,
		    d->faqs[i].keywords.v[k].len))
			return 1;
	return 0;
}

static int
in_name(const struct bp_doc *d, enum bp_list l, size_t i, const char *q)
{
	const struct bp_text	*name = bp_list_name(d, l, i);

	if (any_matches(q, name->s, name->len))
		return 1;
	return l == BP_LIST_SOURCES && any_matches(q, d->sources[i].publisher.s,
	    d->sources[i].publisher.len);
}

static int
in_support(const struct bp_doc *d, enum bp_list l, size_t i, const char *q)
{
	const struct bp_text	*t = l == BP_LIST_FAQ ? &d->faqs[i].answer :
				    l == BP_LIST_SECTIONS ? &d->sections[i].body :
				    &d->sources[i].url;

	return any_matches(q, t->s, t->len);
}

/*
 * Scores an item against the query words: the sum, over the words, of
 * the weight of the best place each is found; 0 when any is not found,
 * or when none is found where the item is named.
 */
static size_t
score(const struct bp_doc *d, enum bp_list l, size_t i, const struct qwords *q)
{
	size_t	 k, total = 0;
	int	 named = 0;

	for (k = 0; k < q->n; k++) {
		if (in_keywords(d, l, i, q->v[k]))
			total += W_KEYWORD, named = 1;
		else if (in_name(d, l, i, q->v[k]))
			total += W_NAME, named = 1;
		else if (in_support(d, l, i, q->v[k]))
			total += W_SUPPORT;
		else
			return 0;
	}
	return named ? total : 0;
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

/* qsort_r is not C17: the scores the candidates are ranked by. */
static const size_t	*ranking;

static int
cmp_rank(const void *a, const void *b)
{
	size_t	 x = *(const size_t *)a, y = *(const size_t *)b;

	if (ranking[x] != ranking[y])
		return ranking[x] > ranking[y] ? -1 : 1;
	return (x > y) - (x < y);	/* then in the list's order */
}

static void
one(struct bp_match *m, size_t i)
{
	m->v = bp_calloc(1, sizeof(*m->v));
	m->v[0] = i;
	m->n = m->best = 1;
}

enum bp_found
bp_find(const struct bp_doc *d, enum bp_list l, const char *query,
    struct bp_match *m)
{
	struct qwords	 q = { NULL, 0 };
	char		*trimmed;
	size_t		*scores = NULL, i, k, n = bp_list_n(d, l), num, len;

	memset(m, 0, sizeof(*m));
	query += strspn(query, " \t");
	for (len = strlen(query); len > 0 && (query[len - 1] == ' ' ||
	    query[len - 1] == '\t'); len--)
		;
	trimmed = bp_strndup(query, len);
	for (i = 0; i < n; i++)
		if (bp_list_id(d, l, i)->s != NULL &&
		    bp_ascii_casecmp(bp_list_id(d, l, i)->s, trimmed) == 0) {
			one(m, i);
			goto out;
		}
	if ((num = number_of(trimmed, n)) > 0) {
		one(m, num - 1);
		goto out;
	}
	/* Digits past the list, unless its words find them. */
	if (trimmed[0] != '\0' && trimmed[strspn(trimmed, "0123456789")] ==
	    '\0')
		m->miss = BP_MISS_NUMBER;
	qwords_split(&q, trimmed);
	if (q.n == 0)
		goto out;
	/* A question's keyword, whole: "privilege", "unauthorized practice". */
	for (i = 0; l == BP_LIST_FAQ && i < n; i++)
		if (keyword_is(&d->faqs[i].keywords, &q)) {
			if (m->n == 0)
				m->v = bp_calloc(n, sizeof(*m->v));
			m->v[m->n++] = i;
		}
	if (m->n > 0) {
		m->best = m->n;
		goto out;
	}
	drop_stopwords(&q);
	if (q.n == 0) {
		if (m->miss != BP_MISS_NUMBER)
			m->miss = BP_MISS_COMMON;
		goto out;
	}
	scores = bp_calloc(n + 1, sizeof(*scores));
	m->v = bp_calloc(n + 1, sizeof(*m->v));
	for (i = 0; i < n; i++)
		if ((scores[i] = score(d, l, i, &q)) > 0)
			m->v[m->n++] = i;
	ranking = scores;
	if (m->n > 1)
		qsort(m->v, m->n, sizeof(*m->v), cmp_rank);
	ranking = NULL;
	for (k = 0; k < m->n && scores[m->v[k]] == scores[m->v[0]]; k++)
		;
	m->best = k;
out:
	free(scores);
	free(trimmed);
	qwords_free(&q);
	return m->n == 0 ? BP_NOT_FOUND : m->best == 1 ? BP_FOUND :
	    BP_AMBIGUOUS;
}

size_t
bp_content_words(const char *query, char ***words)
{
	struct qwords	 q = { NULL, 0 };

	qwords_split(&q, query);
	drop_stopwords(&q);
	if (q.n == 0)
		qwords_free(&q);
	*words = q.v;
	return q.n;
}

void
bp_words_free(char **words, size_t n)
{
	struct qwords	 q = { words, n };

	qwords_free(&q);
}

void
bp_match_free(struct bp_match *m)
{
	if (m == NULL)
		return;
	free(m->v);
	memset(m, 0, sizeof(*m));
}
