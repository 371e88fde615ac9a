/* Validator: what the loader cannot see alone (ids, references, dates, counts). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bp_alloc.h"
#include "bp_diag.h"
#include "bp_doc.h"
#include "bp_text.h"


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

struct idref {
	const struct bp_text	*id;
	size_t			 index;
};

static int
cmp_idref(const void *a, const void *b)
{
	const struct idref	*x = a, *y = b;
	int			 c = strcmp(x->id->s, y->id->s);

	if (c != 0)
		return c;
	return x->index < y->index ? -1 : x->index > y->index;
}

/*
 * Checks the ids of a list whose ids sit at items + k * stride: each must
 * be well formed, and each repeat is reported against the first.  Sorting
 * keeps this O(n log n): a list of 100,000 features is checked at once.
 */
static void
check_ids(struct bp_diags *dg, const char *what, const void *items,
    size_t stride, size_t n)
{
	struct idref	*v;
	size_t		 i, k, m = 0;

	if (items == NULL || n == 0)
		return;
	v = bp_calloc(n, sizeof(*v));
	for (i = 0; i < n; i++) {
		const struct bp_text *id = (const struct bp_text *)
		    ((const char *)items + i * stride);

		if (id->s == NULL)
			continue;	/* the loader reported it missing */
		if (!id_ok(id)) {
			bp_diag(dg, BP_ERROR, id->at, "%s id '%s' must be "
			    "lowercase letters, digits and '-', and start with "
			    "a letter or digit", what, id->s);
			continue;
		}
		v[m].id = id;
		v[m].index = i;
		m++;
	}
	if (m > 1)
		qsort(v, m, sizeof(*v), cmp_idref);
	for (i = 1, k = 0; i < m; i++) {
		if (strcmp(v[i].id->s, v[k].id->s) != 0) {
			k = i;		/* the first of a new id */
			continue;
		}
		bp_diag(dg, BP_ERROR, v[i].id->at, "duplicate %s id '%s' "
		    "(first at line %u)", what, v[i].id->s, v[k].id->at.line);
	}
	free(v);
}

#define CHECK_IDS(dg, what, arr, n, member)				\
	check_ids((dg), (what), (arr) != NULL ? &(arr)[0].member : NULL,	\
	    sizeof((arr)[0]), (n))

static int
leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* YYYY-MM-DD naming a real day. */
static int
date_ok(const struct bp_text *t)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };
	long	 y, m, d;
	size_t	 i;

	if (t->len != 10 || t->s[4] != '-' || t->s[7] != '-')
		return 0;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (t->s[i] < '0' || t->s[i] > '9'))
			return 0;
	y = strtol(t->s, NULL, 10);
	m = strtol(t->s + 5, NULL, 10);
	d = strtol(t->s + 8, NULL, 10);
	if (m < 1 || m > 12 || d < 1)
		return 0;
	return d <= days[m - 1] + (m == 2 && leap(y));
}

/*
 * Why a source's URL is not one bpolpo links to, or NULL: it must be an
 * absolute http or https URL, with a host, and without spaces, control
 * or hidden characters, or the characters RFC 3986 never allows raw
 * ('<', '>', '"', '\\', '^', '`', '{', '|', '}').
 */
static const char *
url_problem(const struct bp_text *t)
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

/* Reports each text that repeats an earlier one: "<pre>'x'<post>". */
static void
report_repeats(struct bp_diags *dg, const struct sorted *s, const char *pre,
    const char *post)
{
	size_t	 i;

	for (i = 1; i < s->n; i++)
		if (strcmp(s->v[i]->s, s->v[i - 1]->s) == 0)
			bp_diag(dg, BP_ERROR, s->v[i]->at, "%s'%s'%s", pre,
			    s->v[i]->s, post);
}

static void
check_refs(const struct sorted *sources, struct bp_diags *dg,
    const struct bp_texts *refs)
{
	struct sorted	 r;
	size_t		 i;

	for (i = 0; i < refs->n; i++)
		if (!has(sources, refs->v[i].s))
			bp_diag(dg, BP_ERROR, refs->v[i].at,
			    "source '%s' is not in the sources list",
			    refs->v[i].s);
	sort_texts(&r, refs->v, refs->n, sizeof(refs->v[0]));
	report_repeats(dg, &r, "source ", " is cited twice");
	free(r.v);
}

static void
check_subject_ref(const struct sorted *subjects, struct bp_diags *dg,
    const struct bp_text *t, const char *what)
{
	if (t->s != NULL && !has(subjects, t->s))
		bp_diag(dg, BP_ERROR, t->at, "%s '%s' names no subject",
		    what, t->s);
}

static void
check_feature(const struct bp_doc *doc, const struct sorted *subjects,
    struct bp_diags *dg, const struct bp_feature *f)
{
	struct sorted	 v;
	size_t		 i;

	if (f->edge.s != NULL && strcmp(f->edge.s, BP_TIE) != 0)
		check_subject_ref(subjects, dg, &f->edge, "edge");
	for (i = 0; i < f->nvalues; i++)
		check_subject_ref(subjects, dg, &f->values[i].subject,
		    "value for");
	if (f->values == NULL)
		return;		/* missing or not a mapping: reported */
	sort_texts(&v, &f->values[0].subject, f->nvalues, sizeof(f->values[0]));
	report_repeats(dg, &v, "second value for ", "");
	for (i = 0; i < doc->nsubjects; i++)
		if (doc->subjects[i].id.s != NULL &&
		    !has(&v, doc->subjects[i].id.s))
			bp_diag(dg, BP_ERROR, f->values_at,
			    "feature '%s' has no value for '%s'",
			    f->id.s ? f->id.s : "", doc->subjects[i].id.s);
	free(v.v);
}

void
bp_validate(const struct bp_doc *doc, struct bp_diags *dg)
{
	struct sorted	 subjects, choices, sources;
	size_t		 i;

	if (doc->format.s != NULL && strcmp(doc->format.s, "1") != 0)
		bp_diag(dg, BP_ERROR, doc->format.at, "unsupported format "
		    "'%s': this bpolpo reads format 1", doc->format.s);
	if (doc->updated.s != NULL && !date_ok(&doc->updated))
		bp_diag(dg, BP_ERROR, doc->updated.at, "'updated' must be a "
		    "date as YYYY-MM-DD, not '%s'", doc->updated.s);
	/* Items left out were reported: counting them again says nothing. */
	if (doc->subjects_at.line > 0 && doc->nsubjects < 2 &&
	    !(doc->dropped & BP_L_SUBJECTS))
		bp_diag(dg, BP_ERROR, doc->subjects_at, "a comparison needs "
		    "at least two subjects, found %zu", doc->nsubjects);
	if (doc->features_at.line > 0 && doc->nfeatures < 1 &&
	    !(doc->dropped & BP_L_FEATURES))
		bp_diag(dg, BP_ERROR, doc->features_at, "a comparison needs "
		    "at least one feature");
	for (i = 0; i < doc->nsources; i++) {
		const char *why;

		if (doc->sources[i].url.s != NULL &&
		    (why = url_problem(&doc->sources[i].url)) != NULL)
			bp_diag(dg, BP_ERROR, doc->sources[i].url.at,
			    "'url' %s", why);
	}

	CHECK_IDS(dg, "subject", doc->subjects, doc->nsubjects, id);
	CHECK_IDS(dg, "feature", doc->features, doc->nfeatures, id);
	CHECK_IDS(dg, "section", doc->sections, doc->nsections, id);
	CHECK_IDS(dg, "faq", doc->faqs, doc->nfaqs, id);
	CHECK_IDS(dg, "source", doc->sources, doc->nsources, id);
	for (i = 0; i < doc->nsubjects; i++)
		if (doc->subjects[i].id.s != NULL &&
		    strcmp(doc->subjects[i].id.s, BP_TIE) == 0)
			bp_diag(dg, BP_ERROR, doc->subjects[i].id.at,
			    "subject id '" BP_TIE "' is reserved for edges");

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
		check_feature(doc, &subjects, dg, &doc->features[i]);
	for (i = 0; i < doc->nchoices; i++)
		check_subject_ref(&subjects, dg, &doc->choices[i].subject,
		    "choose key");
	sort_texts(&choices, doc->choices != NULL ? &doc->choices[0].subject :
	    NULL, doc->nchoices, sizeof(doc->choices[0]));
	report_repeats(dg, &choices, "second choose list for ", "");
	free(choices.v);
	free(subjects.v);
refs:
	if (doc->dropped & BP_L_SOURCES)
		return;		/* a source left out: its citations would repeat it */
	sort_texts(&sources, doc->sources != NULL ? &doc->sources[0].id : NULL,
	    doc->nsources, sizeof(doc->sources[0]));
	for (i = 0; i < doc->nsections; i++)
		check_refs(&sources, dg, &doc->sections[i].sources);
	for (i = 0; i < doc->nfaqs; i++)
		check_refs(&sources, dg, &doc->faqs[i].sources);
	free(sources.v);
}
