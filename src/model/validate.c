/* Validator: what the loader cannot see alone (ids, references, dates, counts). */
#include <stdint.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_diag.h"
#include "base/bp_suggest.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "model/bp_problem.h"
#include "model/bp_validate.h"


/*
 * Ids are lowercase [a-z0-9-]+, not starting with '-', so they are easy
 * to type, safe in any output and never taken for an option.
 */
static int
id_ok(const struct bp_text *t)
{
	size_t	 i;

	if (t->s == NULL || t->len == 0 || t->s[0] == '-')
		return 0;
	/* Spelled out: islower() would follow the locale. */
	for (i = 0; i < t->len; i++)
		if (!((t->s[i] >= 'a' && t->s[i] <= 'z') ||
		    (t->s[i] >= '0' && t->s[i] <= '9') || t->s[i] == '-'))
			return 0;
	return 1;
}

/*
 * Checks the ids of a list whose ids sit at items + k * stride: each must
 * be well formed, and each repeat is reported against the first.  order
 * is the list sorted by id (bp_doc_index's), or NULL to sort it here:
 * repeats sit side by side in it, so 100,000 features cost one sort.
 */
static void
check_ids(struct bp_diags *dg, const char *what, const void *items,
    size_t stride, size_t n, const uint32_t *order)
{
	const struct bp_text	*id, *first = NULL;
	uint32_t		*own = NULL;
	size_t			 i;
	int			 ok = 0;

#define ID(k)	((const struct bp_text *)((const char *)items + (k) * stride))
	if (items == NULL || n == 0)
		return;
	for (i = 0; i < n; i++)
		if ((id = ID(i))->s != NULL && !id_ok(id))
			bp_problem(dg, BP_P_BAD_ID, id->at, "%s id '%s' must "
			    "be lowercase letters, digits and '-', and start "
			    "with a letter or digit", what, id->s);
	if (order == NULL)
		order = own = bp_sort_by_text(items, n, stride, 0);
	/* Ids the loader reported missing sort last; bad ones were said. */
	for (i = 0; i < n && (id = ID(order[i]))->s != NULL; i++) {
		if (first == NULL || bp_text_cmp(first, id) != 0) {
			first = id;	/* the first of a new id */
			ok = -1;	/* well formed? asked of a repeated one */
			continue;
		}
		if (ok < 0)
			ok = id_ok(first);
		if (!ok)
			continue;
		bp_problem(dg, BP_P_DUPLICATE_ID, id->at,
		    "duplicate %s id '%s' (first at line %u)", what, id->s,
		    first->at.line);
	}
	free(own);
#undef ID
}

#define CHECK_IDS(dg, what, arr, n, member, order)			\
	check_ids((dg), (what), (arr) != NULL ? &(arr)[0].member : NULL,	\
	    sizeof((arr)[0]), (n), (order))

static int
leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/*
 * Why a date is not YYYY-MM-DD naming a real day, into msg, naming the
 * part that is wrong; 0 when it is one.
 */
static int
date_problem(const struct bp_text *t, struct bp_buf *msg)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };
	static const char *const months[] = { "January", "February",
	    "March", "April", "May", "June", "July", "August", "September",
	    "October", "November", "December" };
	long	 y, m, d;
	size_t	 i;

	for (i = 0; i < 10 && t->len == 10; i++)
		if (i == 4 || i == 7 ? t->s[i] != '-' :
		    t->s[i] < '0' || t->s[i] > '9')
			break;
	if (t->len != 10 || i < 10) {
		bp_buf_printf(msg, "'updated' must be a date as YYYY-MM-DD, "
		    "not '%s'", t->s);
		return 1;
	}
	y = strtol(t->s, NULL, 10);
	m = strtol(t->s + 5, NULL, 10);
	d = strtol(t->s + 8, NULL, 10);
	if (m < 1 || m > 12) {
		bp_buf_printf(msg, "'updated' has month %.2s: months go from "
		    "01 to 12", t->s + 5);
		return 1;
	}
	if (d < 1 || d > days[m - 1] + (m == 2 && leap(y))) {
		bp_buf_printf(msg, "'updated' has day %.2s, but %s %ld has %d "
		    "days", t->s + 8, months[m - 1], y,
		    days[m - 1] + (m == 2 && leap(y)));
		return 1;
	}
	return 0;
}

/*
 * Why a source's URL is not one bpolpo links to, or NULL: it must be an
 * absolute http or https URL, with a host, and without spaces, control
 * or hidden characters, or the characters RFC 3986 never allows raw
 * ('<', '>', '"', '\\', '^', '`', '{', '|', '}').
 */
const char *
bp_url_problem(const struct bp_text *t)
{
	const char	*s = t->s, *host;
	size_t		 i, n;

	if (bp_ascii_ncasecmp(s, LIT("https://")) == 0)
		host = s + 8;
	else if (bp_ascii_ncasecmp(s, LIT("http://")) == 0)
		host = s + 7;
	else
		return "must be an absolute http:// or https:// URL";
	if (*host == '\0' || *host == '/' || *host == '?' || *host == '#')
		return "has no host";
	for (i = 0; i < t->len; i += n) {
		unsigned char	 c = (unsigned char)s[i];
		uint32_t	 cp;

		n = 1;
		if (c == ' ')
			return "must not hold a space (write it as %20)";
		if (c < 0x20 || c == 0x7f)
			return "must not hold a control character";
		if (strchr("<>\"\\^`{|}", c) != NULL)
			return "must not hold '<', '>', '\"', '\\', '^', '`', "
			    "'{', '|' or '}' (percent-encode them)";
		if (c >= 0x80) {
			n = bp_utf8_decode(s + i, t->len - i, &cp);
			if (bp_char_hidden(cp) || bp_is_space(cp))
				return "must not hold spaces, control or "
				    "invisible characters";
		}
	}
	return NULL;
}

/*
 * A list of texts (ids, references) sorted by text, then by place in the
 * list: look-ups by bsearch and repeats side by side, so that no check is
 * quadratic in a list that a hostile file can make long.
 */
struct sorted {
	const struct bp_text	**v;
	size_t			  n;
};

static int
cmp_text(const void *a, const void *b)
{
	const struct bp_text	*x = *(const struct bp_text *const *)a;
	const struct bp_text	*y = *(const struct bp_text *const *)b;
	int			 c = strcmp(x->s, y->s);

	/* The same text: the one earlier in the file first. */
	if (c != 0)
		return c;
	if (x->at.line != y->at.line)
		return x->at.line < y->at.line ? -1 : 1;
	return x->at.col < y->at.col ? -1 : x->at.col > y->at.col;
}

/* Sorts the n texts at base + i * stride that have text at all. */
static void
sort_texts(struct sorted *out, const void *base, size_t n, size_t stride)
{
	size_t	 i;

	out->v = bp_calloc(n, sizeof(*out->v));
	out->n = 0;
	for (i = 0; base != NULL && i < n; i++) {
		const struct bp_text *t = (const struct bp_text *)
		    ((const char *)base + i * stride);

		if (t->s != NULL)
			out->v[out->n++] = t;
	}
	if (out->n > 1)
		qsort(out->v, out->n, sizeof(*out->v), cmp_text);
}

static int
cmp_key(const void *key, const void *elem)
{
	return strcmp(key, (*(const struct bp_text *const *)elem)->s);
}

static int
has(const struct sorted *s, const char *text)
{
	return s->n > 0 && bsearch(text, s->v, s->n, sizeof(*s->v),
	    cmp_key) != NULL;
}

/*
 * Reports each text that repeats an earlier one as the problem p:
 * "<pre>'x'<post>".
 */
static void
report_repeats(struct bp_diags *dg, const struct sorted *s,
    enum bp_problem p, const char *pre, const char *post)
{
	size_t	 i;

	for (i = 1; i < s->n; i++)
		if (strcmp(s->v[i]->s, s->v[i - 1]->s) == 0)
			bp_problem(dg, p, s->v[i]->at, "%s'%s'%s", pre,
			    s->v[i]->s, post);
}

/*
 * References to ids that are not there, gathered and reported together:
 * one error for each unknown id, where it is first used, with the
 * nearest ids and, when there are few, all of them; its later uses are
 * counted, not repeated.
 */
struct unknown {
	const struct bp_text	*t;	/* the reference */
	const char		*what;	/* "edge", "value for"... */
};

struct unknowns {
	struct unknown	*v;
	size_t		 n, cap;
};

static void
unknown_add(struct unknowns *u, const struct bp_text *t, const char *what)
{
	if (u->n == u->cap) {
		u->cap = u->cap ? 2 * u->cap : 16;
		u->v = bp_reallocarray(u->v, u->cap, sizeof(*u->v));
	}
	u->v[u->n].t = t;
	u->v[u->n].what = what;
	u->n++;
}

static int
cmp_unknown(const void *a, const void *b)
{
	const struct unknown	*x = a, *y = b;

	return cmp_text(&x->t, &y->t);
}

/*
 * Did-you-mean weighs every known id against an unknown one: for the
 * first this many unknown ids in the file, so that a file of thousands
 * of them is not checked in their product.  As many are shown.
 */
#define SUGGEST_MAX	100

static int
cmp_mark(const void *a, const void *b)
{
	const struct bp_mark	*x = *(const struct bp_mark *const *)a;
	const struct bp_mark	*y = *(const struct bp_mark *const *)b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->col < y->col ? -1 : x->col > y->col;
}

/*
 * The place of the SUGGEST_MAX-th first use of an unknown id, in file
 * order: unknown ids first used there or before get a did-you-mean.
 * u is sorted by id, then place.
 */
static struct bp_mark
suggest_until(const struct unknowns *u)
{
	const struct bp_mark	**first;
	struct bp_mark		 last = { UINT_MAX, UINT_MAX };
	size_t			 i, n = 0;

	first = bp_calloc(u->n, sizeof(*first));
	for (i = 0; i < u->n; i++)
		if (i == 0 || strcmp(u->v[i].t->s, u->v[i - 1].t->s) != 0)
			first[n++] = &u->v[i].t->at;
	if (n > SUGGEST_MAX) {
		qsort(first, n, sizeof(*first), cmp_mark);
		last = *first[SUGGEST_MAX - 1];
	}
	free(first);
	return last;
}

/* Lists of ids this short are spelled out in full after a bad reference. */
#define FEW_IDS	8

/*
 * Reports each unknown id once, as the problem p: "<what> 'x' <missing>",
 * how many more uses it has, the ids it may have meant, and the ids
 * there are when they are few: "; the subjects are tea, coffee".  ids:
 * the known ids; kind: what they are.
 */
static void
report_unknowns(struct bp_diags *dg, enum bp_problem p, struct unknowns *u,
    const struct bp_text *ids, size_t nids, size_t stride,
    const char *missing, const char *kind)
{
	struct bp_buf	 msg = BP_BUF_INIT;
	const char	**names, **bad;
	struct bp_mark	 until;
	size_t		 i, j, k, n = 0, nbad = 0;

	if (u->n == 0)
		return;
	names = bp_calloc(nids + 1, sizeof(*names));
	bad = bp_calloc(nids + 1, sizeof(*bad));
	for (i = 0; i < nids; i++) {
		const struct bp_text *t = (const struct bp_text *)
		    ((const char *)ids + i * stride);

		if (t->s != NULL)
			names[n++] = t->s;
		if (t->s != NULL && !id_ok(t))
			bad[nbad++] = t->s;
	}
	qsort(u->v, u->n, sizeof(*u->v), cmp_unknown);
	until = suggest_until(u);
	for (i = 0; i < u->n; i = j) {
		for (j = i + 1; j < u->n &&
		    strcmp(u->v[j].t->s, u->v[i].t->s) == 0; j++)
			;
		/*
		 * 'firm' for a subject written 'Firm': the id's own error
		 * says what to fix, and fixing it fixes every use.
		 */
		for (k = 0; k < nbad; k++)
			if (bp_ascii_casecmp(bad[k], u->v[i].t->s) == 0)
				break;
		if (k < nbad)
			continue;
		msg.len = 0;
		bp_buf_printf(&msg, "%s '%s' %s", u->v[i].what, u->v[i].t->s,
		    missing);
		if (j - i > 1)
			bp_buf_printf(&msg, " (and %zu more use%s)", j - i - 1,
			    j - i == 2 ? "" : "s");
		if (n > 0 && n <= FEW_IDS) {
			bp_buf_printf(&msg, "; the %s are", kind);
			for (k = 0; k < n; k++)
				bp_buf_printf(&msg, "%s %s", k == 0 ? "" : ",",
				    names[k]);
		}
		if (cmp_mark(&(const struct bp_mark *){ &u->v[i].t->at },
		    &(const struct bp_mark *){ &until }) <= 0)
			bp_suggest(&msg, u->v[i].t->s, names, n);
		bp_problem(dg, p, u->v[i].t->at, "%s", msg.data);
	}
	bp_buf_free(&msg);
	free(names);
	free(bad);
}

static void
check_refs(const struct sorted *sources, struct bp_diags *dg,
    const struct bp_texts *refs, struct unknowns *bad)
{
	struct sorted	 r;
	size_t		 i;

	for (i = 0; i < refs->n; i++)
		if (!has(sources, refs->v[i].s))
			unknown_add(bad, &refs->v[i], "source");
	sort_texts(&r, refs->v, refs->n, sizeof(refs->v[0]));
	report_repeats(dg, &r, BP_P_DUPLICATE_ITEM, "source ",
	    " is cited twice");
	free(r.v);
}

static void
check_subject_ref(const struct sorted *subjects, const struct bp_text *t,
    const char *what, struct unknowns *bad)
{
	if (t->s != NULL && !has(subjects, t->s))
		unknown_add(bad, t, what);
}

/*
 * An edge shared by a list of subjects: each one once, none of them
 * "tie", and not all of them, which is a tie.
 */
static void
check_shared_edge(const struct bp_doc *doc, const struct sorted *subjects,
    struct bp_diags *dg, const struct bp_texts *e, struct unknowns *bad)
{
	struct sorted	 s;
	size_t		 i, known = 0;

	for (i = 0; i < e->n; i++) {
		if (strcmp(e->v[i].s, BP_TIE) == 0)
			bp_problem(dg, BP_P_BAD_EDGE, e->v[i].at,
			    "'" BP_TIE "' in a list of edges: a tie is 'edge: "
			    BP_TIE "' alone");
		else if (!has(subjects, e->v[i].s))
			unknown_add(bad, &e->v[i], "edge");
		else
			known++;
	}
	sort_texts(&s, e->v, e->n, sizeof(e->v[0]));
	report_repeats(dg, &s, BP_P_DUPLICATE_ITEM, "edge names ", " twice");
	for (i = 1; i < s.n; i++)
		if (strcmp(s.v[i]->s, s.v[i - 1]->s) == 0 &&
		    has(subjects, s.v[i]->s))
			known--;
	free(s.v);
	if (known == doc->nsubjects && known > 0)
		bp_problem(dg, BP_P_BAD_EDGE, e->at,
		    "an edge shared by every subject is a tie: say 'edge: "
		    BP_TIE "'");
}

/*
 * A feature's edge and values.  A subject without a value is reported
 * unless its id is itself wrong (said already) or a key of the values
 * that names no subject is near it: "law firm" for "law-firm" is one
 * mistake, reported once, with its did-you-mean.
 */
static void
check_feature(const struct bp_doc *doc, const struct sorted *subjects,
    struct bp_diags *dg, const struct bp_feature *f, struct unknowns *bad)
{
	struct sorted	 v;
	size_t		 i, k, first;
	int		 explained;

	if (f->edge.s != NULL && strcmp(f->edge.s, BP_TIE) != 0)
		check_subject_ref(subjects, &f->edge, "edge", bad);
	if (f->edges.v != NULL)
		check_shared_edge(doc, subjects, dg, &f->edges, bad);
	first = bad->n;
	for (i = 0; i < f->nvalues; i++)
		check_subject_ref(subjects, &f->values[i].subject,
		    "value for", bad);
	if (f->values == NULL)
		return;		/* missing or not a mapping: reported */
	sort_texts(&v, &f->values[0].subject, f->nvalues, sizeof(f->values[0]));
	/* The key of a mapping given twice, which libyaml lets by. */
	report_repeats(dg, &v, BP_P_DUPLICATE_KEY, "second value for ", "");
	for (i = 0; i < doc->nsubjects; i++) {
		const struct bp_text *id = &doc->subjects[i].id;

		if (id->s == NULL || has(&v, id->s) || !id_ok(id))
			continue;
		for (explained = 0, k = first; k < bad->n && !explained; k++)
			explained = bp_near(bad->v[k].t->s, id->s);
		if (!explained)
			bp_problem(dg, BP_P_MISSING_VALUE, f->values_at,
			    "feature '%s' has no value for '%s'",
			    f->id.s ? f->id.s : "", id->s);
	}
	free(v.v);
}

void
bp_validate(const struct bp_doc *doc, struct bp_diags *dg)
{
	struct sorted	 subjects, choices, sources;
	struct unknowns	 bad = { NULL, 0, 0 };
	size_t		 i;

	if (doc->format.s != NULL && strcmp(doc->format.s, "1") != 0)
		bp_problem(dg, BP_P_UNSUPPORTED_FORMAT, doc->format.at,
		    "unsupported format '%s': this bpolpo reads format 1",
		    doc->format.s);
	if (doc->updated.s != NULL) {
		struct bp_buf	 msg = BP_BUF_INIT;

		if (date_problem(&doc->updated, &msg))
			bp_problem(dg, BP_P_BAD_DATE, doc->updated.at, "%s",
			    msg.data);
		bp_buf_free(&msg);
	}
	/* Items left out were reported: counting them again says nothing. */
	if (doc->subjects_at.line > 0 && doc->nsubjects < 2 &&
	    !(doc->dropped & BP_L_SUBJECTS))
		bp_problem(dg, BP_P_TOO_FEW_ITEMS, doc->subjects_at,
		    "a comparison needs at least two subjects, found %zu",
		    doc->nsubjects);
	if (doc->features_at.line > 0 && doc->nfeatures < 1 &&
	    !(doc->dropped & BP_L_FEATURES))
		bp_problem(dg, BP_P_TOO_FEW_ITEMS, doc->features_at,
		    "a comparison needs at least one feature");
	for (i = 0; i < doc->nsources; i++) {
		const char *why;

		if (doc->sources[i].url.s != NULL &&
		    (why = bp_url_problem(&doc->sources[i].url)) != NULL)
			bp_problem(dg, BP_P_BAD_URL, doc->sources[i].url.at,
			    "'url' %s", why);
	}

	CHECK_IDS(dg, "subject", doc->subjects, doc->nsubjects, id,
	    doc->subject_order);
	CHECK_IDS(dg, "feature", doc->features, doc->nfeatures, id,
	    doc->feature_order);
	CHECK_IDS(dg, "section", doc->sections, doc->nsections, id, NULL);
	CHECK_IDS(dg, "faq", doc->faqs, doc->nfaqs, id, NULL);
	CHECK_IDS(dg, "source", doc->sources, doc->nsources, id,
	    doc->source_order);
	for (i = 0; i < doc->nsubjects; i++)
		if (doc->subjects[i].id.s != NULL &&
		    strcmp(doc->subjects[i].id.s, BP_TIE) == 0)
			bp_problem(dg, BP_P_RESERVED_ID, doc->subjects[i].id.at,
			    "subject id '" BP_TIE "' is reserved for edges");
		else if (doc->subjects[i].id.s != NULL &&
		    strcmp(doc->subjects[i].id.s, BP_EITHER_WORD) == 0)
			bp_problem(dg, BP_P_RESERVED_ID, doc->subjects[i].id.at,
			    "subject id '" BP_EITHER_WORD "' is reserved for "
			    "decide's picks");

	/*
	 * Without every subject's id, every reference to the missing ones
	 * would be reported too: what is wrong was said once already.
	 */
	if (doc->nsubjects == 0 || (doc->dropped & BP_L_SUBJECTS))
		goto refs;
	for (i = 0; i < doc->nsubjects; i++)
		if (doc->subjects[i].id.s == NULL)
			goto refs;
	sort_texts(&subjects, &doc->subjects[0].id, doc->nsubjects,
	    sizeof(doc->subjects[0]));
	for (i = 0; i < doc->nfeatures; i++)
		check_feature(doc, &subjects, dg, &doc->features[i], &bad);
	for (i = 0; i < doc->nchoices; i++)
		check_subject_ref(&subjects, &doc->choices[i].subject,
		    "choose key", &bad);
	report_unknowns(dg, BP_P_UNKNOWN_SUBJECT, &bad, &doc->subjects[0].id,
	    doc->nsubjects, sizeof(doc->subjects[0]), "names no subject",
	    "subjects");
	sort_texts(&choices, doc->choices != NULL ? &doc->choices[0].subject :
	    NULL, doc->nchoices, sizeof(doc->choices[0]));
	report_repeats(dg, &choices, BP_P_DUPLICATE_KEY,
	    "second choose list for ", "");
	free(choices.v);
	free(subjects.v);
refs:
	free(bad.v);
	memset(&bad, 0, sizeof(bad));
	if (doc->dropped & BP_L_SOURCES)
		return;		/* a source left out: its citations would repeat it */
	sort_texts(&sources, doc->sources != NULL ? &doc->sources[0].id : NULL,
	    doc->nsources, sizeof(doc->sources[0]));
	for (i = 0; i < doc->nsections; i++)
		check_refs(&sources, dg, &doc->sections[i].sources, &bad);
	for (i = 0; i < doc->nfaqs; i++)
		check_refs(&sources, dg, &doc->faqs[i].sources, &bad);
	report_unknowns(dg, BP_P_UNKNOWN_SOURCE, &bad, doc->sources != NULL ?
	    &doc->sources[0].id : NULL, doc->nsources, sizeof(doc->sources[0]),
	    "is not in the sources list", "sources");
	free(bad.v);
	free(sources.v);
}
