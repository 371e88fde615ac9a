/* JSON output: one document per command, written as it goes, strings escaped as cJSON escapes them. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_suggest.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "model/bp_problem.h"
#include "model/bp_schema.h"
#include "query/bp_decide.h"
#include "query/bp_diff.h"
#include "query/bp_lookup.h"
#include "query/bp_search.h"
#include "render/bp_render.h"

#define FORMAT_VERSION	1

/*
 * Strings were once escaped by cJSON a piece of this many bytes at a
 * time, which ends a piece at a NUL byte (a C string): output keeps that.
 */
#define PIECE	4096

/*
 * A streaming writer: containers are opened and closed here and every
 * value is written as it comes, so memory stays that of one string
 * piece, not of the document.  Formatted output indents two spaces a
 * level, as jq does.
 */
struct jw {
	struct bp_buf	*out;
	int		 compact;
	size_t		 depth;
	unsigned char	 first[32];	/* per open container: nothing in it yet */
	const struct bp_opts *o;	/* the subjects shown (--subjects) */
};

/* The subjects shown: those --subjects names, or all. */
static size_t
cols_n(const struct jw *w, const struct bp_doc *d)
{
	return w->o != NULL ? bp_cols_n(d, w->o) : d->nsubjects;
}

static size_t
col(const struct jw *w, const struct bp_doc *d, size_t i)
{
	return w->o != NULL ? bp_col(d, w->o, i) : i;
}

static void
newline(struct jw *w)
{
	if (w->compact)
		return;
	bp_buf_putc(w->out, '\n');
	bp_buf_repeat(w->out, "  ", w->depth);
}

static void
open_c(struct jw *w, char c)
{
	bp_buf_putc(w->out, c);
	w->depth++;
	w->first[w->depth] = 1;
}

static void
close_c(struct jw *w, char c)
{
	int	 empty = w->first[w->depth];

	w->depth--;
	if (!empty)
		newline(w);
	bp_buf_putc(w->out, c);
}

/* Before a member or element: the comma and the line break. */
static void
next(struct jw *w)
{
	if (!w->first[w->depth])
		bp_buf_putc(w->out, ',');
	w->first[w->depth] = 0;
	newline(w);
}

/*
 * s[0..len) escaped as cJSON escapes a string (print_string_ptr: quote,
 * backslash and the C0 controls; \b \f \n \r \t by name, the others
 * \u00xx), written straight into out, and the hidden characters cJSON
 * leaves raw (bp_char_hidden: DEL, bidi controls, U+2028...) as \u
 * escapes too, a surrogate pair above U+FFFF: a JSON reader gets the
 * same text, a person reading the JSON sees them.  Stops at a NUL, as
 * cJSON did.
 */
static void
escape(struct bp_buf *out, const char *s, size_t len)
{
	static const char	 named[] = "btnvfr";
	size_t			 i = 0, run, n;
	uint32_t		 c;
	unsigned char		 b;

	while (i < len) {
		for (run = i; run < len && (b = (unsigned char)s[run]) >= 0x20 &&
		    b < 0x7f && b != '"' && b != '\\'; run++)
			;
		bp_buf_putn(out, s + i, run - i);
		if ((i = run) == len)
			break;
		b = (unsigned char)s[i];
		if (b == '\0')
			return;
		if (b == '"' || b == '\\') {
			bp_buf_putc(out, '\\');
			bp_buf_putc(out, (char)b);
			i++;
			continue;
		}
		if (b < 0x20) {
			/* \v is no JSON escape: cJSON writes it \u000b. */
			if (b >= '\b' && b <= '\r' && b != '\v') {
				bp_buf_putc(out, '\\');
				bp_buf_putc(out, named[b - '\b']);
			} else
				bp_buf_printf(out, "\\u%04x", (unsigned)b);
			i++;
			continue;
		}
		n = bp_utf8_decode(s + i, len - i, &c);
		if (!bp_char_hidden(c))
			bp_buf_putn(out, s + i, n);
		else if (c <= 0xffff)
			bp_buf_printf(out, "\\u%04x", (unsigned)c);
		else
			bp_buf_printf(out, "\\u%04x\\u%04x",
			    (unsigned)(0xd800 + ((c - 0x10000) >> 10)),
			    (unsigned)(0xdc00 + ((c - 0x10000) & 0x3ff)));
		i += n;
	}
}

void
bp_json_string(struct bp_buf *out, const char *s, size_t len)
{
	size_t	 n;

	bp_buf_putc(out, '"');
	while (len > 0) {
		n = len > PIECE ? PIECE : len;
		/* Never a character cut in two. */
		while (n < len && n > 1 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
		escape(out, s, n);
		s += n;
		len -= n;
	}
	bp_buf_putc(out, '"');
}

/* s as a JSON string. */
static void
string(struct bp_buf *out, const char *s, size_t len)
{
	bp_json_string(out, s, len);
}

static void
key(struct jw *w, const char *k)
{
	next(w);
	string(w->out, k, strlen(k));
	bp_buf_puts(w->out, w->compact ? ":" : ": ");
}

static void
str_member(struct jw *w, const char *k, const char *s, size_t len)
{
	key(w, k);
	string(w->out, s, len);
}

static void
num_member(struct jw *w, const char *k, size_t n)
{
	key(w, k);
	bp_buf_printf(w->out, "%zu", n);
}

static void
text_value(struct jw *w, const struct bp_text *t)
{
	if (t->s != NULL)
		string(w->out, t->s, t->len);
	else
		bp_buf_puts(w->out, "null");
}

static void
text_member(struct jw *w, const char *k, const struct bp_text *t)
{
	key(w, k);
	text_value(w, t);
}

/*
 * Words from the command line as a JSON string: they are not checked like
 * the data, and invalid UTF-8 would make the whole document invalid, so
 * each bad byte becomes U+FFFD.
 */
static void
argument(struct jw *w, const char *s)
{
	struct bp_buf	 b = BP_BUF_INIT;
	size_t		 len = strlen(s), n;
	uint32_t	 c;

	while (len > 0) {
		n = bp_utf8_decode(s, len, &c);
		if (c == 0xfffd && n == 1 && (unsigned char)*s >= 0x80)
			bp_buf_puts(&b, "\xef\xbf\xbd");
		else
			bp_buf_putn(&b, s, n);
		s += n;
		len -= n;
	}
	string(w->out, b.data != NULL ? b.data : "", b.len);
	bp_buf_free(&b);
}

/* ---- Values from the data. ---- */

static void
texts(struct jw *w, const struct bp_texts *t)
{
	size_t	 i;

	open_c(w, '[');
	for (i = 0; i < t->n; i++) {
		next(w);
		text_value(w, &t->v[i]);
	}
	close_c(w, ']');
}

static void	object(struct jw *, const struct bp_doc *, const void *,
		    const struct bp_kind *, int);

/* Source references: the ids as written, or (resolve) the sources they name. */
static void
refs(struct jw *w, const struct bp_doc *d, const struct bp_texts *r,
    int resolve)
{
	const struct bp_source	*s;
	size_t			 i;

	if (!resolve) {
		texts(w, r);
		return;
	}
	open_c(w, '[');
	for (i = 0; i < r->n; i++)
		if ((s = bp_source_by_id(d, r->v[i].s)) != NULL) {
			next(w);
			object(w, d, s, &bp_source_kind, 0);
		}
	close_c(w, ']');
}

/* A feature's values, keyed by subject id in the order of the subjects. */
static void
values(struct jw *w, const struct bp_doc *d, const struct bp_feature *f)
{
	struct bp_by_subject	 by;
	const struct bp_value	**v;
	size_t			 i;

	bp_by_subject_init(&by, d);
	v = bp_calloc(d->nsubjects + 1, sizeof(*v));
	bp_by_subject(&by, f, v);
	open_c(w, '{');
	for (i = 0; i < cols_n(w, d); i++)
		if (v[col(w, d, i)] != NULL)
			text_member(w, v[col(w, d, i)]->subject.s,
			    &v[col(w, d, i)]->text);
	close_c(w, '}');
	free(v);
	bp_by_subject_free(&by);
}

/* The choose lists, keyed by subject id in the order of the subjects. */
static void
choose(struct jw *w, const struct bp_doc *d)
{
	const struct bp_choice	*c;
	size_t			 i;

	open_c(w, '{');
	for (i = 0; i < cols_n(w, d); i++)
		if ((c = bp_choice_for(d, d->subjects[col(w, d, i)].id.s)) !=
		    NULL) {
			key(w, c->subject.s);
			texts(w, &c->items);
		}
	close_c(w, '}');
}

/*
 * A struct as a JSON object, its keys in the order the file gave them,
 * each written as its schema field says (bp_schema.h).  Source lists are
 * the ids as written, or (resolve) the sources they name.
 */
static void
object(struct jw *w, const struct bp_doc *d, const void *base,
    const struct bp_kind *kind, int resolve)
{
	const struct bp_keys	*keys = (const struct bp_keys *)
				    ((const char *)base + kind->keysoff);
	const struct bp_field	*f;
	const void		*at;
	size_t			 i;

	open_c(w, '{');
	for (i = 0; i < keys->n; i++) {
		f = &kind->fields[keys->v[i]];
		at = (const char *)base + f->off;
		key(w, f->key);
		switch (f->type) {
		case BP_F_LINE:
		case BP_F_PROSE:
			text_value(w, at);
			break;
		case BP_F_LINES:
			texts(w, at);
			break;
		case BP_F_EDGE:
			/* As written: one id, or the list of those sharing it. */
			if (((const struct bp_text *)at)->s != NULL)
				text_value(w, at);
			else
				texts(w, (const void *)((const char *)base +
				    f->noff));
			break;
		case BP_F_REFS:
			refs(w, d, at, resolve);
			break;
		case BP_F_VALUES:
			values(w, d, base);
			break;
		case BP_F_CHOOSE:
		case BP_F_LIST:
			break;	/* only at the top: see bp_json_dump() */
		}
	}
	close_c(w, '}');
}

/* ---- Documents. ---- */

/* Opens a command's document: {"format": 1, "command": ... */
static void
begin(struct jw *w, struct bp_buf *out, const struct bp_opts *o,
    const char *command)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
	w->compact = o->compact;
	w->o = o;
	open_c(w, '{');
	num_member(w, "format", FORMAT_VERSION);
	if (command != NULL)
		str_member(w, "command", command, strlen(command));
}

static void
end(struct jw *w)
{
	close_c(w, '}');
	bp_buf_putc(w->out, '\n');
}

static void
heading(struct jw *w, const struct bp_doc *d)
{
	text_member(w, "title", &d->title);
	if (d->updated.s != NULL)
		text_member(w, "updated", &d->updated);
}

static void
subjects(struct jw *w, const struct bp_doc *d)
{
	size_t	 i;

	key(w, "subjects");
	open_c(w, '[');
	for (i = 0; i < cols_n(w, d); i++) {
		next(w);
		object(w, d, &d->subjects[col(w, d, i)], &bp_subject_kind, 0);
	}
	close_c(w, ']');
}

static void
json_overview(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o, const struct bp_cmdinfo *cmds, size_t n)
{
	struct jw	 w;

	(void)cmds;
	(void)n;
	begin(&w, out, o, "overview");
	heading(&w, d);
	text_member(&w, "summary", &d->summary);
	end(&w);
}

static void
json_compare(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	struct jw	 w;
	size_t		 r, n;

	begin(&w, out, o, "compare");
	heading(&w, d);
	subjects(&w, d);
	key(&w, "features");
	open_c(&w, '[');
	n = bp_rows_n(d, o);
	for (r = 0; r < n; r++) {
		next(&w);
		object(&w, d, bp_row(d, o, r), &bp_feature_kind, 0);
	}
	close_c(&w, ']');
	end(&w);
}

static void
json_verdict(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	struct jw	 w;

	begin(&w, out, o, "verdict");
	heading(&w, d);
	text_member(&w, "summary", &d->summary);
	subjects(&w, d);
	key(&w, "choose");
	choose(&w, d);
	end(&w);
}

/*
 * What faq, show and sources print: the query, when one picked the item,
 * and a list of n items of a kind (sources resolved where they cite
 * some).
 */
static void
json_items(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o, const char *command, const char *listkey,
    const struct bp_kind *kind, const void *items, size_t n)
{
	struct jw	 w;
	size_t		 i;

	begin(&w, out, o, command);
	if (o->query != NULL) {
		key(&w, "query");
		argument(&w, o->query);
	}
	key(&w, listkey);
	open_c(&w, '[');
	for (i = 0; i < n; i++) {
		next(&w);
		object(&w, d, (const char *)items + i * kind->size, kind,
		    kind != &bp_source_kind);
	}
	close_c(&w, ']');
	end(&w);
}

static void
json_faq_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	json_items(out, d, o, "faq", "faq", &bp_faq_kind, d->faqs, d->nfaqs);
}

static void
json_faq(struct bp_buf *out, const struct bp_doc *d, const struct bp_faq *f,
    const struct bp_opts *o)
{
	json_items(out, d, o, "faq", "faq", &bp_faq_kind, f, 1);
}

static void
json_section_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	json_items(out, d, o, "show", "sections", &bp_section_kind,
	    d->sections, d->nsections);
}

static void
json_section(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_section *s, const struct bp_opts *o)
{
	json_items(out, d, o, "show", "sections", &bp_section_kind, s, 1);
}

static void
json_sources(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	json_items(out, d, o, "sources", "sources", &bp_source_kind,
	    d->sources, d->nsources);
}

static void
json_source(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_source *s, const struct bp_opts *o)
{
	json_items(out, d, o, "sources", "sources", &bp_source_kind, s, 1);
}

/* ---- decide. ---- */

/* Question i's id, as JSON. */
static void
question_id(struct jw *w, struct bp_buf *id, const struct bp_decision *dc,
    size_t i)
{
	id->len = 0;
	bp_question_id(id, dc, i);
	string(w->out, id->data != NULL ? id->data : "", id->len);
}

/* An answer, a (BP_ANS_* by criteria, a pick by features), as JSON. */
static void
answer(struct jw *w, const struct bp_decision *dc, size_t a)
{
	if (dc->by == BP_BY_CRITERIA)
		bp_buf_puts(w->out, a == BP_ANS_YES ? "\"yes\"" :
		    a == BP_ANS_NO ? "\"no\"" : "null");
	else if (a == BP_PICK_NONE)
		bp_buf_puts(w->out, "null");
	else if (a == BP_PICK_EITHER)
		string(w->out, LIT(BP_EITHER_WORD));
	else
		text_value(w, &dc->doc->subjects[a - BP_PICK_SUBJECT].id);
}

/* num / den as a JSON number, to four decimals: exact, never a float's noise. */
static void
ratio(struct jw *w, unsigned long long num, unsigned long long den)
{
	unsigned long long	 r;
	int			 k;

	if (den == 0)
		den = 1;
	r = (num * 20000 + den) / (2 * den);
	bp_buf_printf(w->out, "%llu", r / 10000);
	if ((r %= 10000) == 0)
		return;
	for (k = 4; r % 10 == 0; k--)
		r /= 10;
	bp_buf_printf(w->out, ".%0*llu", k, r);
}

/* Question i as an object: its id and text (the label of a feature). */
static void
question(struct jw *w, struct bp_buf *id, const struct bp_decision *dc,
    size_t i, int answered)
{
	const struct bp_doc	*d = dc->doc;

	open_c(w, '{');
	key(w, "id");
	question_id(w, id, dc, i);
	if (dc->by == BP_BY_CRITERIA)
		text_member(w, "subject",
		    &d->subjects[dc->crit.v[i].subject].id);
	text_member(w, "text", bp_question_text(dc, i));
	if (answered) {
		key(w, "answer");
		answer(w, dc, dc->by == BP_BY_CRITERIA ? dc->answers[i] :
		    dc->picks[i]);
	}
	close_c(w, '}');
}

static void
json_questions(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_decision *dc, int form, const struct bp_opts *o)
{
	struct jw	 w;
	struct bp_buf	 id = BP_BUF_INIT;
	size_t		 i, n = bp_decision_n(dc);

	(void)d;
	memset(&w, 0, sizeof(w));
	w.out = out;
	w.compact = o->compact;
	open_c(&w, '[');
	for (i = 0; i < n; i++) {
		next(&w);
		/* --ids: the ids alone; --list and --ids=described: objects. */
		if (form == 1)
			question_id(&w, &id, dc, i);
		else
			question(&w, &id, dc, i, 0);
	}
	close_c(&w, ']');
	bp_buf_putc(out, '\n');
	bp_buf_free(&id);
}

static void
json_decide(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_decision *dc, const struct bp_opts *o)
{
	static const char *const leans[] = { "subject", "tie", "none" };
	const struct bp_tally	*t = &dc->tally;
	struct jw		 w;
	struct bp_buf		 id = BP_BUF_INIT;
	size_t			 i, n = bp_decision_n(dc);

	begin(&w, out, o, "decide");
	heading(&w, d);
	str_member(&w, "by", bp_bys[dc->by], strlen(bp_bys[dc->by]));
	key(&w, "questions");
	open_c(&w, '[');
	for (i = 0; i < n; i++) {
		next(&w);
		question(&w, &id, dc, i, 1);
	}
	close_c(&w, ']');
	/* Each question's weight, by id: 1 unless given. */
	key(&w, "weights");
	open_c(&w, '{');
	for (i = 0; i < n; i++) {
		next(&w);
		question_id(&w, &id, dc, i);
		bp_buf_printf(w.out, "%s%u", w.compact ? ":" : ": ",
		    (unsigned)dc->weights[i]);
	}
	close_c(&w, '}');
	key(&w, "subjects");
	open_c(&w, '[');
	for (i = 0; i < d->nsubjects && i < t->n; i++) {
		next(&w);
		open_c(&w, '{');
		text_member(&w, "id", &d->subjects[i].id);
		text_member(&w, "short", &d->subjects[i].shortname);
		num_member(&w, "fits", t->v[i].fits);
		num_member(&w, "answered", t->v[i].answered);
		num_member(&w, "questions", t->v[i].total);
		key(&w, "score");
		ratio(&w, t->v[i].answered == 0 ? 0 : t->v[i].wfits,
		    t->v[i].answered == 0 ? 1 : t->v[i].answered);
		key(&w, "share");
		bp_buf_printf(w.out, "%.4g", bp_decision_share(dc, i));
		close_c(&w, '}');
	}
	close_c(&w, ']');
	key(&w, "lean");
	open_c(&w, '{');
	str_member(&w, "result", leans[t->lean], strlen(leans[t->lean]));
	key(&w, "subjects");
	open_c(&w, '[');
	for (i = 0; i < t->ntop; i++) {
		next(&w);
		text_value(&w, &d->subjects[t->top[i]].id);
	}
	close_c(&w, ']');
	key(&w, "margin");
	ratio(&w, dc->firm.mnum, dc->firm.mden);
	key(&w, "firm");
	bp_buf_puts(out, dc->firm.kind == BP_FIRM_NONE ? "null" :
	    dc->firm.kind == BP_FIRM_FIRM ? "true" : "false");
	key(&w, "flip");
	open_c(&w, '[');
	for (i = 0; i < dc->firm.n; i++) {
		next(&w);
		open_c(&w, '{');
		key(&w, "id");
		question_id(&w, &id, dc, dc->firm.v[i].i);
		key(&w, "answer");
		answer(&w, dc, dc->firm.v[i].to);
		close_c(&w, '}');
	}
	close_c(&w, ']');
	close_c(&w, '}');
	key(&w, "features");
	open_c(&w, '[');
	for (i = 0; i < dc->nrows; i++) {
		next(&w);
		text_value(&w, &d->features[dc->rows[i]].id);
	}
	close_c(&w, ']');
	key(&w, "read");
	if (dc->read == NULL)
		bp_buf_puts(out, "null");
	else {
		open_c(&w, '{');
		text_member(&w, "section", &dc->read->id);
		text_member(&w, "title", &dc->read->title);
		close_c(&w, '}');
	}
	end(&w);
	bp_buf_free(&id);
}

void
bp_json_ids(struct bp_buf *out, const struct bp_ids *ids,
    const struct bp_opts *o)
{
	struct jw	 w;
	size_t		 i;

	memset(&w, 0, sizeof(w));
	w.out = out;
	w.compact = o->compact;
	open_c(&w, '[');
	for (i = 0; i < ids->n; i++) {
		next(&w);
		if (!ids->described) {
			text_value(&w, ids->id[i]);
			continue;
		}
		open_c(&w, '{');
		text_member(&w, "id", ids->id[i]);
		text_member(&w, "text", ids->text[i]);
		close_c(&w, '}');
	}
	close_c(&w, ']');
	bp_buf_putc(out, '\n');
}

/* Code points before byte offset off: offsets for languages that count so. */
static size_t
chars(const char *s, size_t off)
{
	size_t	 i, n = 0;

	for (i = 0; i < off; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			n++;
	return n;
}

struct search_out {
	struct jw		*w;
	const struct bp_opts	*o;
};

/* One hit: an object with where it is, the command to see it and an excerpt. */
static void
json_hit(const struct bp_hit *x, void *arg)
{
	struct search_out	*so = arg;
	struct jw		*w = so->w;
	struct bp_buf		 b = BP_BUF_INIT;
	struct bp_span		*spans;
	char			*snip;
	size_t			 k, n;

	next(w);
	open_c(w, '{');
	key(w, "where");
	string(w->out, bp_where_name(x->where), strlen(bp_where_name(x->where)));
	if (x->id != NULL)
		str_member(w, "id", x->id, strlen(x->id));
	/* The item's title, question or label, as text output heads it. */
	bp_hit_title(&b, x);
	str_member(w, "title", b.data, b.len);
	b.len = 0;
	bp_hit_field_name(&b, x);
	str_member(w, "field", b.data, b.len);
	b.len = 0;
	bp_hit_command(&b, x, so->o->data);
	str_member(w, "command", b.data, b.len);
	snip = bp_hit_snippet(x, 0, &spans, &n);
	str_member(w, "snippet", snip, strlen(snip));
	/* [start, end) of each match in the snippet, in code points. */
	key(w, "offsets");
	bp_buf_putc(w->out, '[');
	for (k = 0; k < n; k++)
		bp_buf_printf(w->out, "%s[%zu,%s%zu]", k == 0 ? "" :
		    w->compact ? "," : ", ", chars(snip, spans[k].start),
		    w->compact ? "" : " ", chars(snip, spans[k].end));
	bp_buf_putc(w->out, ']');
	close_c(w, '}');
	free(snip);
	free(spans);
	bp_buf_free(&b);
}

static void
json_search(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_query *q, const struct bp_opts *o)
{
	struct search_out	 so;
	struct jw		 w;
	size_t			 i;

	begin(&w, out, o, "search");
	key(&w, "terms");
	open_c(&w, '[');
	for (i = 0; i < q->nterms; i++) {
		next(&w);
		argument(&w, q->terms[i]);
	}
	close_c(&w, ']');
	num_member(&w, "items", q->nitems);
	key(&w, "hits");
	open_c(&w, '[');
	so.w = &w;
	so.o = o;
	bp_search_hits(d, q, json_hit, &so);
	close_c(&w, ']');
	end(&w);
}

void
bp_json_lookup(struct bp_buf *out, const struct bp_doc *d,
    const char *command, int list, const char *query,
    const struct bp_match *m, const struct bp_query *sq,
    const struct bp_opts *o)
{
	static const char *const keys[BP_LIST__MAX] = { "faq", "sections",
	    "sources" };
	struct bp_buf	 cmd = BP_BUF_INIT;
	struct jw	 w;
	size_t		 i;

	begin(&w, out, o, command);
	key(&w, "query");
	argument(&w, query);
	/* Nothing picked: an empty list, where one item would be. */
	key(&w, keys[list]);
	open_c(&w, '[');
	close_c(&w, ']');
	key(&w, "candidates");
	open_c(&w, '[');
	for (i = 0; m != NULL && i < m->best && m->n > 1; i++) {
		next(&w);
		open_c(&w, '{');
		text_member(&w, "id", bp_list_id(d, (enum bp_list)list,
		    m->v[i]));
		text_member(&w, "text", bp_list_name(d, (enum bp_list)list,
		    m->v[i]));
		close_c(&w, '}');
	}
	close_c(&w, ']');
	if (sq != NULL) {
		bp_search_command(&cmd, sq, o->data);
		key(&w, "search");
		open_c(&w, '{');
		str_member(&w, "command", cmd.data, cmd.len);
		num_member(&w, "items", sq->nitems);
		close_c(&w, '}');
	}
	end(&w);
	bp_buf_free(&cmd);
}

void
bp_json_check(struct bp_buf *out, const struct bp_diags *dg,
    const struct bp_opts *o)
{
	struct jw	 w;
	size_t		 i, more = bp_diags_omitted(dg);

	begin(&w, out, o, "check");
	str_member(&w, "file", dg->file, strlen(dg->file));
	num_member(&w, "errors", dg->nerrors);
	num_member(&w, "warnings", dg->nwarnings);
	key(&w, "problems");
	open_c(&w, '[');
	for (i = 0; i < dg->n; i++) {
		next(&w);
		open_c(&w, '{');
		if (dg->v[i].at.line > 0) {
			num_member(&w, "line", dg->v[i].at.line);
			num_member(&w, "column", dg->v[i].at.col);
		}
		str_member(&w, "level", bp_level_name(dg->v[i].level),
		    strlen(bp_level_name(dg->v[i].level)));
		/* What a script matches: the message's words may change. */
		str_member(&w, "code", bp_problem_code((enum bp_problem)dg->v[i].code),
		    strlen(bp_problem_code((enum bp_problem)dg->v[i].code)));
		str_member(&w, "message", dg->v[i].msg, strlen(dg->v[i].msg));
		close_c(&w, '}');
	}
	close_c(&w, ']');
	if (more > 0)
		num_member(&w, "omitted", more);
	end(&w);
}

/* A top-level list of items of one kind. */
static void
items(struct jw *w, const struct bp_doc *d, const struct bp_field *f)
{
	const char	*arr = *(const char *const *)((const char *)d + f->off);
	size_t		 n = *(const size_t *)((const char *)d + f->noff), i;

	open_c(w, '[');
	/* The subjects, as --subjects picks them (export): cols. */
	if (f->off == offsetof(struct bp_doc, subjects))
		for (i = 0; i < cols_n(w, d); i++) {
			next(w);
			object(w, d, &d->subjects[col(w, d, i)],
			    &bp_subject_kind, 0);
		}
	else
		for (i = 0; i < n; i++) {
			next(w);
			object(w, d, arr + i * f->kind->size, f->kind, 0);
		}
	close_c(w, ']');
}

void
bp_json_dump(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	const struct bp_field	*f;
	struct jw		 w;
	size_t			 k;

	/* The data itself, key for key in file order: no "command" here. */
	memset(&w, 0, sizeof(w));
	w.out = out;
	w.compact = o->compact;
	w.o = o;	/* export --subjects */
	open_c(&w, '{');
	for (k = 0; k < d->keys.n; k++) {
		f = &bp_doc_fields[d->keys.v[k]];
		/* The format, text in the file, is a number here. */
		if (f->off == offsetof(struct bp_doc, format)) {
			num_member(&w, f->key, FORMAT_VERSION);
			continue;
		}
		key(&w, f->key);
		switch (f->type) {
		case BP_F_LINE:
		case BP_F_PROSE:
			text_value(&w, (const struct bp_text *)((const char *)d +
			    f->off));
			break;
		case BP_F_CHOOSE:
			choose(&w, d);
			break;
		case BP_F_LIST:
			items(&w, d, f);
			break;
		case BP_F_LINES:
		case BP_F_REFS:
		case BP_F_EDGE:
		case BP_F_VALUES:
			break;	/* not at the top */
		}
	}
	close_c(&w, '}');
	bp_buf_putc(out, '\n');
}

/* One change as an object of the "changes" array; keys only where it has them. */
static void
json_change(const struct bp_diff_item *it, void *arg)
{
	static const char *const changes[] = { "added", "removed", "changed",
	    "moved" };
	struct jw	*w = arg;

	next(w);
	open_c(w, '{');
	str_member(w, "change", changes[it->change],
	    strlen(changes[it->change]));
	str_member(w, "what", it->what, strlen(it->what));
	if (it->id != NULL)
		str_member(w, "id", it->id, strlen(it->id));
	if (it->key != NULL)
		str_member(w, "key", it->key, strlen(it->key));
	if (it->old != NULL)
		str_member(w, "old", it->old, it->oldlen);
	if (it->new != NULL)
		str_member(w, "new", it->new, it->newlen);
	if (it->change == BP_CH_MOVED) {
		num_member(w, "from", it->from);
		num_member(w, "to", it->to);
	}
	close_c(w, '}');
}

/*
 * diff: the two sides as named, and each change with what it concerns,
 * written as the changes come (held, or found again as they are shown).
 */
static void
json_diff(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_diff *d, const char *oldname, const char *newname)
{
	struct jw	 w;

	begin(&w, out, o, "diff");
	key(&w, "old");
	argument(&w, oldname);
	key(&w, "new");
	argument(&w, newname);
	num_member(&w, "differences", d->n);
	key(&w, "changes");
	open_c(&w, '[');
	bp_diff_each(d, json_change, &w);
	close_c(&w, ']');
	end(&w);
}

const struct bp_renderer bp_json_renderer = {
	.overview = json_overview,
	.compare = json_compare,
	.verdict = json_verdict,
	.faq_list = json_faq_list,
	.faq = json_faq,
	.section_list = json_section_list,
	.section = json_section,
	.sources = json_sources,
	.source = json_source,
	.search = json_search,
	.decide = json_decide,
	.questions = json_questions,
	.export = bp_json_dump,
	.diff = json_diff,
	.check = bp_json_check,
	.dump = bp_json_dump,
};
