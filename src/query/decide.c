/* decide: choose lists as criteria, feature rows as picks, answers, the tally, what follows. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_suggest.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "query/bp_decide.h"
#include "query/bp_search.h"

/* The word a section that says when to choose each subject holds. */
#define BP_READ_WORD	"choose"
/* A search for where to read on names at most this many subjects. */
#define BP_READ_TERMS	8

/* Up to this many criteria, an unknown id's message lists them all. */
#define FEW_CRITERIA	12
/*
 * Did-you-mean weighs the first this many criteria only: their ids are
 * made for it, and a typo need not cost a pass over a list of millions.
 */
#define SUGGEST_MAX	1000
/* Longer words are no typos of an id: bp_suggest() gives up on them too. */
#define SUGGEST_LEN	64
/* An unknown id is shown up to this many bytes: it may be megabytes. */
#define SHOWN_MAX	64

const char *const bp_bys[] = { "criteria", "features", NULL };

static const struct bp_subject	*subject_named(const struct bp_doc *,
				    const char *, size_t);

/* ---- Criteria. ---- */

static int
cmp_subject(const void *a, const void *b)
{
	const struct bp_subject	*x = *(const struct bp_subject *const *)a;
	const struct bp_subject	*y = *(const struct bp_subject *const *)b;
	int			 c = bp_ascii_casecmp(x->id.s, y->id.s);

	/* An id twice (data that did not validate): the file's first first. */
	return c != 0 ? c : (x > y) - (x < y);
}

/* Criteria of d with room for none yet: every subject starts at 0. */
static void
criteria_init(const struct bp_doc *d, struct bp_criteria *c)
{
	memset(c, 0, sizeof(*c));
	c->doc = d;
	c->nsubjects = d->nsubjects;
	c->start = bp_calloc(d->nsubjects + 1, sizeof(*c->start));
	c->lists = bp_calloc(d->nsubjects + 1, sizeof(*c->lists));
}

/* No criteria, as for a comparison without choose lists. */
static void
criteria_none(const struct bp_doc *d, struct bp_criteria *c)
{
	criteria_init(d, c);
	c->v = bp_calloc(1, sizeof(*c->v));
	c->slot = bp_calloc(1, sizeof(*c->slot));
	c->byid = bp_calloc(1, sizeof(*c->byid));
}

void
bp_criteria_make(const struct bp_doc *d, struct bp_criteria *c)
{
	const struct bp_choice	 *ch;
	size_t			 *live, nlive, s, k, m, i, round;

	criteria_init(d, c);
	for (s = 0; s < d->nsubjects; s++) {
		c->start[s] = c->n;
		if (d->subjects[s].id.s != NULL &&
		    (ch = bp_choice_for(d, d->subjects[s].id.s)) != NULL) {
			c->lists[s] = &ch->items;
			c->n += ch->items.n;
		}
	}
	c->start[d->nsubjects] = c->n;
	c->v = bp_calloc(c->n + 1, sizeof(*c->v));
	c->slot = bp_calloc(c->n + 1, sizeof(*c->slot));
	c->byid = bp_calloc(d->nsubjects + 1, sizeof(*c->byid));
	live = bp_calloc(d->nsubjects + 1, sizeof(*live));
	for (s = nlive = 0; s < d->nsubjects; s++)
		if (c->start[s + 1] > c->start[s]) {
			live[nlive++] = s;
			c->byid[c->nbyid++] = &d->subjects[s];
		}
	/*
	 * A round takes the next entry of every list not yet ended, and
	 * drops the lists that end: the work is that of the entries, not
	 * of the longest list times the subjects.
	 */
	for (i = round = 0; nlive > 0; round++) {
		for (k = m = 0; k < nlive; k++) {
			s = live[k];
			/* Input is at most 64 MiB: counts fit 32 bits. */
			c->v[i].subject = (uint32_t)s;
			c->v[i].n = (uint32_t)(round + 1);
			c->slot[c->start[s] + round] = (uint32_t)i++;
			if (c->start[s] + round + 1 < c->start[s + 1])
				live[m++] = s;
		}
		nlive = m;
	}
	if (c->nbyid > 1)
		qsort(c->byid, c->nbyid, sizeof(*c->byid), cmp_subject);
	free(live);
}

void
bp_criteria_free(struct bp_criteria *c)
{
	free(c->v);
	free(c->start);
	free(c->slot);
	free(c->byid);
	free(c->lists);
	memset(c, 0, sizeof(*c));
}

const struct bp_text *
bp_criterion_text(const struct bp_criteria *c, size_t i)
{
	return &c->lists[c->v[i].subject]->v[c->v[i].n - 1];
}

void
bp_criterion_id(struct bp_buf *out, const struct bp_criteria *c, size_t i)
{
	const struct bp_text	*id = &c->doc->subjects[c->v[i].subject].id;

	bp_buf_putn(out, id->s, id->len);
	bp_buf_printf(out, ".%lu", (unsigned long)c->v[i].n);
}

/*
 * s (len bytes, no NUL) against a subject id, in the order
 * bp_ascii_casecmp() sorted them: the same sign it gives.
 */
static int
keycmp(const char *s, size_t len, const char *id)
{
	int	 r = bp_ascii_ncasecmp(s, id, len);

	return r == 0 && id[len] != '\0' ? -1 : r;
}

/*
 * A criterion id (len bytes) as its parts: a subject id of *sublen
 * bytes, a dot, and *n, a number from 1.  0 when it is no such id.
 */
static int
id_parts(const char *id, size_t len, size_t *sublen, size_t *n)
{
	size_t	 dot, k;

	/* The last dot: a subject id may hold one, a number never does. */
	for (dot = len; dot > 0 && id[dot - 1] != '.'; dot--)
		;
	/*
	 * A subject id before it, digits after: no sign, no leading zero,
	 * "tea.01" is not the id "tea.1".
	 */
	if (dot < 2 || dot == len || id[dot] == '0' ||
	    memchr(id, '\0', len) != NULL)
		return 0;
	for (*n = 0, k = dot; k < len; k++) {
		if (id[k] < '0' || id[k] > '9')
			return 0;
		if (*n > (SIZE_MAX - 9) / 10)
			return 0;	/* past any list's end */
		*n = *n * 10 + (size_t)(id[k] - '0');
	}
	*sublen = dot - 1;
	return 1;
}

size_t
bp_criteria_find(const struct bp_criteria *c, const char *id, size_t len)
{
	size_t	 sublen, n, lo, hi, mid, s;

	if (!id_parts(id, len, &sublen, &n))
		return c->n;
	/* The first not below the key: of an id twice, the file's first. */
	for (lo = 0, hi = c->nbyid; lo < hi; ) {
		mid = lo + (hi - lo) / 2;
		if (keycmp(id, sublen, c->byid[mid]->id.s) > 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == c->nbyid || keycmp(id, sublen, c->byid[lo]->id.s) != 0)
		return c->n;
	s = (size_t)(c->byid[lo] - c->doc->subjects);
	if (n > c->start[s + 1] - c->start[s])
		return c->n;
	return c->slot[c->start[s] + n - 1];
}

/* ---- Answers. ---- */

/* Blanks around an id, as a list typed by hand has. */
static int
blank(char ch)
{
	return ch == ' ' || ch == '\t';
}

/* What the user typed, made safe and cut short: it may be megabytes. */
static void
shown(struct bp_buf *out, const char *s, size_t len)
{
	size_t	 n = len;

	/* Never a character cut in two, but for bytes that are none. */
	if (len > SHOWN_MAX)
		for (n = SHOWN_MAX; n > SHOWN_MAX - 3 &&
		    ((unsigned char)s[n] & 0xc0) == 0x80; n--)
			;
	bp_text_safe_line(out, s, n);
	if (n < len)
		bp_buf_puts(out, "...");
}

/*
 * "; did you mean 'x'?" for the word (len bytes), from the ids of the
 * first SUGGEST_MAX criteria, made here: those of a subject id too long
 * to be near anything are left out.
 */
static void
suggest(struct bp_buf *err, const struct bp_criteria *c, const char *s,
    size_t len)
{
	struct bp_buf	 ids = BP_BUF_INIT;
	const char	**names;
	char		 *word;
	size_t		 *off, n, i, k = 0;

	if (len > SUGGEST_LEN)
		return;
	if ((n = c->n) > SUGGEST_MAX)
		n = SUGGEST_MAX;
	off = bp_calloc(n + 1, sizeof(*off));
	names = bp_calloc(n + 1, sizeof(*names));
	for (i = 0; i < n; i++)
		if (c->doc->subjects[c->v[i].subject].id.len <= SUGGEST_LEN) {
			off[k++] = ids.len;
			bp_criterion_id(&ids, c, i);
			bp_buf_putc(&ids, '\0');
		}
	/* ids is done growing: the names can point into it. */
	for (i = 0; i < k; i++)
		names[i] = ids.data + off[i];
	word = bp_strndup(s, len);
	bp_suggest(err, word, names, k);
	free(word);
	free(names);
	free(off);
	bp_buf_free(&ids);
}

/*
 * The subject of the criterion whose id is the len bytes at s, when the
 * whole document has it but --subjects left its subject out; else NULL.
 */
static const struct bp_subject *
left_out(const struct bp_criteria *c, const char *s, size_t len)
{
	const struct bp_subject	*sub;
	const struct bp_choice	*ch;
	size_t			 sublen, n;

	if (c->whole == NULL || !id_parts(s, len, &sublen, &n) ||
	    (sub = subject_named(c->whole, s, sublen)) == NULL ||
	    subject_named(c->doc, s, sublen) != NULL ||
	    (ch = bp_choice_for(c->whole, sub->id.s)) == NULL ||
	    n > ch->items.n)
		return NULL;
	return sub;
}

/*
 * "no criterion 'x'" and the ids near it, or that --subjects left its
 * subject out; and every id when there are few.
 */
static void
unknown(struct bp_buf *err, const struct bp_criteria *c, const char *s,
    size_t len)
{
	const struct bp_subject	*out;
	struct bp_buf		 id = BP_BUF_INIT;
	size_t			 i;

	if ((out = left_out(c, s, len)) != NULL) {
		bp_buf_puts(err, "criterion '");
		shown(err, s, len);
		bp_buf_puts(err, "' belongs to '");
		bp_text_safe_line(err, out->id.s, out->id.len);
		bp_buf_puts(err, "', which --subjects leaves out");
	} else {
		bp_buf_puts(err, "no criterion '");
		shown(err, s, len);
		bp_buf_putc(err, '\'');
		if (c->n == 0) {
			bp_buf_puts(err, "; the comparison has no choose "
			    "lists");
			return;
		}
		suggest(err, c, s, len);
	}
	if (c->n == 0 || c->n > FEW_CRITERIA)
		return;
	bp_buf_puts(err, " (criteria: ");
	for (i = 0; i < c->n; i++) {
		if (i > 0)
			bp_buf_puts(err, ", ");
		id.len = 0;
		bp_criterion_id(&id, c, i);
		bp_text_safe_line(err, id.data, id.len);
	}
	bp_buf_putc(err, ')');
	bp_buf_free(&id);
}

int
bp_answers_parse(const struct bp_criteria *c, const char *list,
    int value, unsigned char *answers, struct bp_buf *err)
{
	struct bp_buf	 id = BP_BUF_INIT;
	const char	*p, *q, *end;
	size_t		 item, i;
	int		 pass;

	if (list == NULL)
		list = "";
	for (p = list; blank(*p); p++)
		;
	if (*p == '\0') {
		bp_buf_puts(err, "no criterion ids given");
		return 0;
	}
	/* Checked whole before any answer is set: a bad list sets none. */
	for (pass = 0; pass < 2; pass++)
		for (p = list, item = 1; ; p = end + 1, item++) {
			end = p + strcspn(p, ",");
			for (q = end; q > p && blank(q[-1]); q--)
				;
			while (p < q && blank(*p))
				p++;
			if (p == q) {
				bp_buf_printf(err, "empty criterion id at item "
				    "%zu of the list", item);
				return 0;
			}
			i = bp_criteria_find(c, p, (size_t)(q - p));
			if (i == c->n) {
				unknown(err, c, p, (size_t)(q - p));
				return 0;
			}
			if (answers[i] != BP_ANS_NONE && answers[i] != value) {
				bp_criterion_id(&id, c, i);
				bp_buf_puts(err, "criterion '");
				bp_text_safe_line(err, id.data, id.len);
				bp_buf_puts(err,
				    "' is answered both yes and no");
				bp_buf_free(&id);
				return 0;
			}
			if (pass == 1)
				answers[i] = (unsigned char)value;
			if (*end == '\0')
				break;
		}
	return 1;
}

/* ---- The tally. ---- */

int
bp_score_cmp(size_t wa, size_t na, size_t wb, size_t nb)
{
	unsigned long long	 x, y;

	/* No answer scores 0, as 0 of them fit. */
	x = na == 0 ? 0 : (unsigned long long)wa * (nb == 0 ? 1 : nb);
	y = nb == 0 ? 0 : (unsigned long long)wb * (na == 0 ? 1 : na);
	return (x > y) - (x < y);
}

/*
 * Which of two subjects' scores is higher, exactly: a
 * cross-multiplication, where floating point could call 1/3 and 2/6
 * different.  The products fit (bp_decide.h, struct bp_firm).
 */
static int
cmp_fit(const struct bp_tally_subject *a, const struct bp_tally_subject *b)
{
	return bp_score_cmp(a->wfits, a->answered, b->wfits, b->answered);
}

/* The lean, from each subject's counts. */
static void
lean(struct bp_tally *t)
{
	size_t	 s, best = SIZE_MAX;

	/*
	 * Only a subject with a fit (of weight above 0) can be leaned to:
	 * 0 of 3 is no lean.
	 */
	for (s = 0; s < t->n; s++)
		if (t->v[s].wfits > 0 && (best == SIZE_MAX ||
		    cmp_fit(&t->v[s], &t->v[best]) > 0))
			best = s;
	t->lean = BP_LEAN_NONE;
	t->ntop = 0;
	if (best == SIZE_MAX)
		return;
	for (s = 0; s < t->n; s++)
		if (t->v[s].wfits > 0 && cmp_fit(&t->v[s], &t->v[best]) == 0)
			t->top[t->ntop++] = s;
	t->lean = t->ntop == 1 ? BP_LEAN_SUBJECT : BP_LEAN_TIE;
}

static void
tally_init(struct bp_tally *t, size_t nsubjects)
{
	memset(t, 0, sizeof(*t));
	t->n = nsubjects;
	t->v = bp_calloc(t->n + 1, sizeof(*t->v));
	t->top = bp_calloc(t->n + 1, sizeof(*t->top));
}

void
bp_tally(const struct bp_criteria *c, const unsigned char *answers,
    const unsigned char *weights, struct bp_tally *t)
{
	struct bp_tally_subject	*ts;
	size_t			 i;

	tally_init(t, c->nsubjects);
	for (i = 0; i < c->n; i++) {
		ts = &t->v[c->v[i].subject];
		ts->total++;
		if (answers == NULL || answers[i] == BP_ANS_NONE)
			continue;
		ts->answered++;
		t->answered++;
		if (answers[i] == BP_ANS_YES) {
			ts->fits++;
			ts->wfits += weights != NULL ? weights[i] :
			    BP_WEIGHT_DEFAULT;
		}
	}
	lean(t);
}

/*
 * Every row is a question to every subject: answered when picked (either
 * included), a fit for the subject picked.
 */
void
bp_tally_picks(const struct bp_doc *d, const size_t *picks,
    const unsigned char *weights, struct bp_tally *t)
{
	size_t	 r, s;

	tally_init(t, d->nsubjects);
	for (r = 0; r < d->nfeatures; r++)
		if (picks != NULL && picks[r] != BP_PICK_NONE) {
			t->answered++;
			if (picks[r] >= BP_PICK_SUBJECT &&
			    picks[r] - BP_PICK_SUBJECT < t->n) {
				t->v[picks[r] - BP_PICK_SUBJECT].fits++;
				t->v[picks[r] - BP_PICK_SUBJECT].wfits +=
				    weights != NULL ? weights[r] :
				    BP_WEIGHT_DEFAULT;
			}
		}
	for (s = 0; s < t->n; s++) {
		t->v[s].total = d->nfeatures;
		t->v[s].answered = t->answered;
	}
	lean(t);
}

void
bp_tally_free(struct bp_tally *t)
{
	free(t->v);
	free(t->top);
	memset(t, 0, sizeof(*t));
}

/* ---- Picks, by features. ---- */

/*
 * The len bytes at s as an id to look up: a copy in lowercase (ids are;
 * any case finds them), or NULL when a NUL inside would cut it short.
 */
static char *
lowered(const char *s, size_t len)
{
	char	*id;
	size_t	 i;

	if (memchr(s, '\0', len) != NULL)
		return NULL;
	id = bp_strndup(s, len);
	for (i = 0; i < len; i++)
		if (id[i] >= 'A' && id[i] <= 'Z')
			id[i] = (char)(id[i] - 'A' + 'a');
	return id;
}

/* The feature, or subject, whose id is the len bytes at s, in any case. */
static const struct bp_feature *
feature_named(const struct bp_doc *d, const char *s, size_t len)
{
	const struct bp_feature	*f;
	char			*id;

	if ((id = lowered(s, len)) == NULL)
		return NULL;
	f = bp_feature_by_id(d, id);
	free(id);
	return f;
}

static const struct bp_subject *
subject_named(const struct bp_doc *d, const char *s, size_t len)
{
	const struct bp_subject	*sub;
	char			*id;

	if ((id = lowered(s, len)) == NULL)
		return NULL;
	sub = bp_subject_by_id(d, id);
	free(id);
	return sub;
}

/* "no feature 'x'; did you mean 'y'?", from the first SUGGEST_MAX ids. */
static void
no_feature(struct bp_buf *err, const struct bp_doc *d, const char *s,
    size_t len)
{
	const char	**names;
	char		 *word;
	size_t		  i, n;

	bp_buf_puts(err, "no feature '");
	shown(err, s, len);
	bp_buf_putc(err, '\'');
	if (len > SUGGEST_LEN)
		return;
	if ((n = d->nfeatures) > SUGGEST_MAX)
		n = SUGGEST_MAX;
	names = bp_calloc(n + 1, sizeof(*names));
	for (i = 0; i < n; i++)
		names[i] = d->features[i].id.s != NULL ? d->features[i].id.s : "";
	word = bp_strndup(s, len);
	bp_suggest(err, word, names, n);
	free(word);
	free(names);
}

/* "no subject 'x' (subjects: a, b, or either)", or the nearest when many. */
static void
no_subject(struct bp_buf *err, const struct bp_doc *d, const char *s,
    size_t len)
{
	const char	**names;
	char		 *word;
	size_t		  i, n;

	bp_buf_puts(err, "no subject '");
	shown(err, s, len);
	bp_buf_putc(err, '\'');
	if (d->nsubjects > FEW_CRITERIA) {
		if (len > SUGGEST_LEN)
			return;
		if ((n = d->nsubjects) > SUGGEST_MAX)
			n = SUGGEST_MAX;
		names = bp_calloc(n + 1, sizeof(*names));
		for (i = 0; i < n; i++)
			names[i] = d->subjects[i].id.s != NULL ?
			    d->subjects[i].id.s : "";
		word = bp_strndup(s, len);
		bp_suggest(err, word, names, n);
		free(word);
		free(names);
		return;
	}
	bp_buf_puts(err, " (subjects: ");
	for (i = 0; i < d->nsubjects; i++) {
		if (i > 0)
			bp_buf_puts(err, ", ");
		bp_text_safe_line(err, d->subjects[i].id.s,
		    d->subjects[i].id.len);
	}
	bp_buf_puts(err, "; or " BP_EITHER_WORD ")");
}

/* The next "ID=ID" item at *p: [fs, fe) and [vs, ve), blanks trimmed. */
static void
item_parts(const char **p, const char **fs, const char **fe, const char **vs,
    const char **ve)
{
	const char	*end = *p + strcspn(*p, ","), *eq;

	eq = memchr(*p, '=', (size_t)(end - *p));
	for (*fs = *p; *fs < end && blank(**fs); (*fs)++)
		;
	for (*fe = eq != NULL ? eq : end; *fe > *fs && blank((*fe)[-1]); (*fe)--)
		;
	*vs = *ve = NULL;
	if (eq != NULL) {
		for (*vs = eq + 1; *vs < end && blank(**vs); (*vs)++)
			;
		for (*ve = end; *ve > *vs && blank((*ve)[-1]); (*ve)--)
			;
	}
	*p = end;
}

int
bp_picks_parse(const struct bp_doc *d, const char *list, size_t *picks,
    struct bp_buf *err)
{
	const struct bp_subject	*s;
	const struct bp_feature	*f;
	const char		*p, *fs, *fe, *vs, *ve;
	size_t			*set, item, r, pick;
	int			 ok = 1;

	if (list == NULL)
		list = "";
	for (p = list; blank(*p); p++)
		;
	if (*p == '\0') {
		bp_buf_puts(err, "no picks given: FEATURE=SUBJECT,...");
		return 0;
	}
	/*
	 * Checked whole, against a copy that takes the list's own picks,
	 * before any pick is set: a bad list sets none.
	 */
	set = bp_calloc(d->nfeatures + 1, sizeof(*set));
	memcpy(set, picks, d->nfeatures * sizeof(*set));
	for (p = list, item = 1; ; p++, item++) {
		item_parts(&p, &fs, &fe, &vs, &ve);
		if (fs == fe) {
			bp_buf_printf(err, "empty feature id at item "
			    "%zu of the list", item);
			ok = 0;
			break;
		}
		if ((f = feature_named(d, fs, (size_t)(fe - fs))) == NULL) {
			no_feature(err, d, fs, (size_t)(fe - fs));
			ok = 0;
			break;
		}
		r = (size_t)(f - d->features);
		if (vs == NULL || vs == ve) {
			bp_buf_puts(err, "pick for '");
			shown(err, fs, (size_t)(fe - fs));
			bp_buf_puts(err, "' needs =SUBJECT or ="
			    BP_EITHER_WORD);
			ok = 0;
			break;
		}
		/* A subject's id first, as on the terminal: data wins. */
		if ((s = subject_named(d, vs, (size_t)(ve - vs))) != NULL)
			pick = BP_PICK_SUBJECT + (size_t)(s - d->subjects);
		else if ((size_t)(ve - vs) == strlen(BP_EITHER_WORD) &&
		    bp_ascii_ncasecmp(vs, BP_EITHER_WORD,
		    (size_t)(ve - vs)) == 0)
			pick = BP_PICK_EITHER;
		else {
			no_subject(err, d, vs, (size_t)(ve - vs));
			ok = 0;
			break;
		}
		if (set[r] != BP_PICK_NONE && set[r] != pick) {
			bp_buf_puts(err, "feature '");
			shown(err, fs, (size_t)(fe - fs));
			bp_buf_puts(err, "' is picked twice, "
			    "differently");
			ok = 0;
			break;
		}
		set[r] = pick;
		if (*p == '\0')
			break;
	}
	if (ok)
		memcpy(picks, set, d->nfeatures * sizeof(*set));
	free(set);
	return ok;
}

/* ---- Weights. ---- */

int
bp_weights_parse(const struct bp_decision *dc, const char *list,
    unsigned char *weights, struct bp_buf *err)
{
	const struct bp_feature	*f;
	const char		*p, *fs, *fe, *vs, *ve;
	unsigned char		*set;
	size_t			 item, i, n = bp_decision_n(dc);
	int			 ok = 1;

	if (list == NULL)
		list = "";
	for (p = list; blank(*p); p++)
		;
	if (*p == '\0') {
		bp_buf_puts(err, "no weights given: ID=N,...");
		return 0;
	}
	/* Checked whole, on a copy: a bad list sets none. */
	set = bp_calloc(n + 1, 1);
	memcpy(set, weights, n);
	for (p = list, item = 1; ; p++, item++) {
		item_parts(&p, &fs, &fe, &vs, &ve);
		if (fs == fe) {
			bp_buf_printf(err, "empty id at item %zu of the list",
			    item);
			ok = 0;
			break;
		}
		if (dc->by == BP_BY_FEATURES) {
			if ((f = feature_named(dc->doc, fs, (size_t)(fe -
			    fs))) == NULL) {
				no_feature(err, dc->doc, fs, (size_t)(fe - fs));
				ok = 0;
				break;
			}
			i = (size_t)(f - dc->doc->features);
		} else if ((i = bp_criteria_find(&dc->crit, fs,
		    (size_t)(fe - fs))) == dc->crit.n) {
			unknown(err, &dc->crit, fs, (size_t)(fe - fs));
			ok = 0;
			break;
		}
		/* One digit, BP_WEIGHT_MIN to BP_WEIGHT_MAX. */
		if (vs == NULL || ve - vs != 1 || *vs < '0' + BP_WEIGHT_MIN ||
		    *vs > '0' + BP_WEIGHT_MAX) {
			bp_buf_puts(err, "weight for '");
			shown(err, fs, (size_t)(fe - fs));
			bp_buf_printf(err, "' must be a number from %d to %d",
			    BP_WEIGHT_MIN, BP_WEIGHT_MAX);
			if (vs != NULL && vs < ve) {
				bp_buf_puts(err, ", not '");
				shown(err, vs, (size_t)(ve - vs));
				bp_buf_putc(err, '\'');
			}
			ok = 0;
			break;
		}
		set[i] = (unsigned char)(*vs - '0');
		if (*p == '\0')
			break;
	}
	if (ok)
		memcpy(weights, set, n);
	free(set);
	return ok;
}

/* ---- The decision. ---- */

void
bp_decision_init(struct bp_decision *dc, const struct bp_doc *d,
    enum bp_by by)
{
	memset(dc, 0, sizeof(*dc));
	dc->doc = d;
	dc->by = by;
	if (by == BP_BY_CRITERIA)
		bp_criteria_make(d, &dc->crit);
	else
		criteria_none(d, &dc->crit);
	dc->answers = bp_calloc(dc->crit.n + 1, sizeof(*dc->answers));
	dc->picks = bp_calloc(d->nfeatures + 1, sizeof(*dc->picks));
	dc->weights = bp_calloc(bp_decision_n(dc) + 1, 1);
	memset(dc->weights, BP_WEIGHT_DEFAULT, bp_decision_n(dc));
}

size_t
bp_decision_n(const struct bp_decision *dc)
{
	return dc->by == BP_BY_FEATURES ? dc->doc->nfeatures : dc->crit.n;
}

void
bp_question_id(struct bp_buf *out, const struct bp_decision *dc, size_t i)
{
	const struct bp_text	*id;

	if (dc->by == BP_BY_CRITERIA) {
		bp_criterion_id(out, &dc->crit, i);
		return;
	}
	id = &dc->doc->features[i].id;
	if (id->s != NULL)
		bp_buf_putn(out, id->s, id->len);
}

const struct bp_text *
bp_question_text(const struct bp_decision *dc, size_t i)
{
	return dc->by == BP_BY_FEATURES ? &dc->doc->features[i].label :
	    bp_criterion_text(&dc->crit, i);
}

/*
 * Whether feature f bears on the lean: its edge, or its pick, names a
 * subject leaned to (leaned: a flag per subject, so that an edge of many
 * and a tie of many cost no product).
 */
static int
bears(const struct bp_decision *dc, const struct bp_feature *f,
    const unsigned char *leaned)
{
	const struct bp_text	*one;
	const struct bp_subject	*s;
	size_t			 r = (size_t)(f - dc->doc->features), k, n;

	if (dc->by == BP_BY_FEATURES)
		return dc->picks[r] >= BP_PICK_SUBJECT &&
		    dc->picks[r] - BP_PICK_SUBJECT < dc->doc->nsubjects &&
		    leaned[dc->picks[r] - BP_PICK_SUBJECT];
	/* One edge, or a shared one: a list of subject ids. */
	n = f->edges.n > 0 ? f->edges.n : f->edge.s != NULL;
	for (k = 0; k < n; k++) {
		one = f->edges.n > 0 ? &f->edges.v[k] : &f->edge;
		if (one->s != NULL && (s = bp_subject_by_id(dc->doc,
		    one->s)) != NULL &&
		    leaned[s - dc->doc->subjects])
			return 1;
	}
	return 0;
}

/* The first section among the hits of a search. */
struct first_section {
	const struct bp_doc		*d;
	const struct bp_section		*found;
};

static void
section_hit(const struct bp_hit *h, void *arg)
{
	struct first_section	*fs = arg;
	size_t			 i;

	if (fs->found != NULL || h->where != BP_IN_SECTION || h->id == NULL)
		return;
	for (i = 0; i < fs->d->nsections; i++)
		if (fs->d->sections[i].id.s != NULL &&
		    strcmp(fs->d->sections[i].id.s, h->id) == 0) {
			fs->found = &fs->d->sections[i];
			return;
		}
}

/*
 * Where to read on: the first section that holds every term of a search
 * for the subjects leaned to (all of them without a lean) and the word
 * BP_READ_WORD, as the prose form of the choose lists does; else the
 * first that names them all.  A tie of many searches for the first few.
 */
static const struct bp_section *
read_on(const struct bp_decision *dc)
{
	const struct bp_doc	*d = dc->doc;
	const struct bp_text	*name;
	struct bp_query		 q;
	struct first_section	 fs;
	char			**terms;
	size_t			 n, k, s, pass;

	n = dc->tally.lean == BP_LEAN_NONE ? d->nsubjects : dc->tally.ntop;
	if (n > BP_READ_TERMS)
		n = BP_READ_TERMS;
	if (d->nsections == 0 || n == 0)
		return NULL;
	terms = bp_calloc(n + 2, sizeof(*terms));
	for (k = 0; k < n; k++) {
		s = dc->tally.lean == BP_LEAN_NONE ? k : dc->tally.top[k];
		name = d->subjects[s].shortname.s != NULL ?
		    &d->subjects[s].shortname : &d->subjects[s].id;
		terms[k + 1] = bp_strndup(name->s != NULL ? name->s : "",
		    name->s != NULL ? name->len : 0);
	}
	terms[0] = bp_strdup(BP_READ_WORD);
	memset(&fs, 0, sizeof(fs));
	fs.d = d;
	for (pass = 0; pass < 2 && fs.found == NULL; pass++) {
		if (bp_search(d, terms + 1 - (pass == 0), n + (pass == 0),
		    &q) > 0)
			bp_search_hits(d, &q, section_hit, &fs);
		bp_query_free(&q);
	}
	for (k = 0; k <= n; k++)
		free(terms[k]);
	free(terms);
	return fs.found;
}

void
bp_decision_finish(struct bp_decision *dc)
{
	const struct bp_doc	 *d = dc->doc;
	unsigned char		 *leaned;
	size_t			  i;

	bp_tally_free(&dc->tally);
	if (dc->by == BP_BY_FEATURES)
		bp_tally_picks(d, dc->picks, dc->weights, &dc->tally);
	else
		bp_tally(&dc->crit, dc->answers, dc->weights, &dc->tally);
	free(dc->rows);
	dc->rows = bp_calloc(d->nfeatures + 1, sizeof(*dc->rows));
	dc->nrows = 0;
	leaned = bp_calloc(d->nsubjects + 1, 1);
	for (i = 0; i < dc->tally.ntop; i++)
		leaned[dc->tally.top[i]] = 1;
	if (dc->tally.lean != BP_LEAN_NONE)
		for (i = 0; i < d->nfeatures; i++)
			if (bears(dc, &d->features[i], leaned))
				dc->rows[dc->nrows++] = i;
	free(leaned);
	dc->read = read_on(dc);
	bp_firm_free(&dc->firm);
	bp_firm(dc, &dc->firm);
}

void
bp_decision_free(struct bp_decision *dc)
{
	bp_criteria_free(&dc->crit);
	bp_tally_free(&dc->tally);
	bp_firm_free(&dc->firm);
	free(dc->answers);
	free(dc->picks);
	free(dc->weights);
	free(dc->rows);
	memset(dc, 0, sizeof(*dc));
}
