/* JSON output (cJSON): one document per command, written item by item. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <unistr.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_diag.h"
#include "bp_doc.h"
#include "bp_render.h"

#define FORMAT_VERSION	1

/*
 * A streaming writer: the envelope is written here, and each value is a
 * small cJSON tree printed and freed at once, so memory stays
 * proportional to one item, not to the document.
 */
struct jw {
	struct bp_buf	*out;
	int		 compact;
	size_t		 depth;
	unsigned char	 first[32];	/* per open container: nothing in it yet */
};

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
 * Prints v where the writer stands and frees it.  cJSON indents with tabs
 * and puts a tab after each colon; neither can occur inside a string (it
 * escapes control characters), so both are rewritten to match the
 * envelope: two spaces a level, one space after a colon.
 */
static void
put_value(struct jw *w, cJSON *v)
{
	char	*s, *p;

	s = w->compact ? cJSON_PrintUnformatted(v) : cJSON_Print(v);
	cJSON_Delete(v);
	if (s == NULL) {
		bp_buf_puts(w->out, "null");	/* out of memory in cJSON */
		return;
	}
	for (p = s; *p != '\0'; p++) {
		/* Copy the run up to the next line break or colon whole. */
		size_t	 run = strcspn(p, "\n:");

		bp_buf_putn(w->out, p, run);
		p += run;
		if (*p == '\0')
			break;
		if (*p == '\n') {
			newline(w);
			for (; p[1] == '\t'; p++)
				bp_buf_puts(w->out, "  ");
		} else if (p[1] == '\t') {
			bp_buf_puts(w->out, ": ");
			p++;
		} else
			bp_buf_putc(w->out, ':');
	}
	cJSON_free(s);
}

static void
key(struct jw *w, const char *k)
{
	cJSON	*s = cJSON_CreateString(k);

	next(w);
	put_value(w, s);
	bp_buf_puts(w->out, w->compact ? ":" : ": ");
}

static void
member(struct jw *w, const char *k, cJSON *v)
{
	key(w, k);
	put_value(w, v);
}

static void
element(struct jw *w, cJSON *v)
{
	next(w);
	put_value(w, v);
}

/*
 * Words from the command line as a JSON string: they are not checked like
 * the data, and invalid UTF-8 would make the whole document invalid, so
 * each bad byte becomes U+FFFD.
 */
static cJSON *
argument(const char *s)
{
	struct bp_buf	 b = BP_BUF_INIT;
	const uint8_t	*p = (const uint8_t *)s, *stop = p + strlen(s);
	cJSON		*v;
	ucs4_t		 c;
	int		 n;

	while (p < stop) {
		n = u8_mbtoucr(&c, p, (size_t)(stop - p));
		if (n < 0) {
			bp_buf_puts(&b, "\xef\xbf\xbd");
			p++;
		} else {
			bp_buf_putn(&b, (const char *)p, (size_t)n);
			p += n;
		}
	}
	v = cJSON_CreateString(b.data != NULL ? b.data : "");
	bp_buf_free(&b);
	return v;
}

/* ---- Values from the data. ---- */

static cJSON *
text(const struct bp_text *t)
{
	/* The loader refuses NUL, so the C string is the whole text. */
	return t->s != NULL ? cJSON_CreateString(t->s) : cJSON_CreateNull();
}

static cJSON *
texts(const struct bp_texts *t)
{
	cJSON	*a = cJSON_CreateArray();
	size_t	 i;

	for (i = 0; i < t->n; i++)
		cJSON_AddItemToArray(a, text(&t->v[i]));
	return a;
}

static cJSON *	refs(const struct bp_doc *, const struct bp_texts *, int);

/*
 * A struct as a JSON object, its keys in the order the file gave them,
 * each written as its schema field says (bp_schema.h).  Source lists are
 * the ids as written, or (resolve) the sources they name; the one other
 * custom key, a feature's values, is a mapping of subject ids.
 */
static cJSON *
object(const struct bp_doc *d, const void *base, const struct bp_keys *keys,
    int resolve)
{
	const struct bp_field	*f;
	const struct bp_feature	*ft = base;
	const void		*at;
	cJSON			*o = cJSON_CreateObject(), *v;
	size_t			 i, k;

	for (i = 0; i < keys->n; i++) {
		f = bp_keyfield(keys, i);
		at = (const char *)base + f->off;
		if (f->type == BP_F_TEXT)
			v = text(at);
		else if (f->type == BP_F_TEXTS)
			v = strcmp(f->key, "sources") == 0 ? refs(d, at, resolve) :
			    texts(at);
		else {
			/* Only a feature has a custom key: its values. */
			v = cJSON_CreateObject();
			for (k = 0; k < ft->nvalues; k++)
				cJSON_AddItemToObject(v, ft->values[k].subject.s,
				    text(&ft->values[k].text));
		}
		cJSON_AddItemToObject(o, f->key, v);
	}
	return o;
}

#define subject(d, s)		object((d), (s), &(s)->keys, 0)
#define feature(d, f)		object((d), (f), &(f)->keys, 0)
#define source(d, s)		object((d), (s), &(s)->keys, 0)
#define section(d, s, r)	object((d), (s), &(s)->keys, (r))
#define faq(d, f, r)		object((d), (f), &(f)->keys, (r))

/* Source references: the ids as written, or (resolve) the sources they name. */
static cJSON *
refs(const struct bp_doc *d, const struct bp_texts *r, int resolve)
{
	const struct bp_source	*s;
	cJSON			*a;
	size_t			 i;

	if (!resolve)
		return texts(r);
	a = cJSON_CreateArray();
	for (i = 0; i < r->n; i++)
		if ((s = bp_source_by_id(d, r->v[i].s)) != NULL)
			cJSON_AddItemToArray(a, source(d, s));
	return a;
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
	open_c(w, '{');
	member(w, "format", cJSON_CreateNumber(FORMAT_VERSION));
	if (command != NULL)
		member(w, "command", cJSON_CreateString(command));
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
	member(w, "title", text(&d->title));
	if (d->updated.s != NULL)
		member(w, "updated", text(&d->updated));
}

static void
subjects(struct jw *w, const struct bp_doc *d)
{
	size_t	 i;

	key(w, "subjects");
	open_c(w, '[');
	for (i = 0; i < d->nsubjects; i++)
		element(w, subject(d, &d->subjects[i]));
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
	member(&w, "summary", text(&d->summary));
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
	n = o->rows != NULL ? o->nrows : d->nfeatures;
	for (r = 0; r < n; r++)
		element(&w, feature(d, &d->features[o->rows ? o->rows[r] : r]));
	close_c(&w, ']');
	end(&w);
}

static void
json_verdict(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	const struct bp_choice	*c;
	struct jw		 w;
	size_t			 i;

	begin(&w, out, o, "verdict");
	heading(&w, d);
	member(&w, "summary", text(&d->summary));
	subjects(&w, d);
	/* In subject order, as the text shows it. */
	key(&w, "choose");
	open_c(&w, '{');
	for (i = 0; i < d->nsubjects; i++)
		if ((c = bp_choice_for(d, d->subjects[i].id.s)) != NULL)
			member(&w, c->subject.s, texts(&c->items));
	close_c(&w, '}');
	end(&w);
}

static void
json_faq_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	struct jw	 w;
	size_t		 i;

	begin(&w, out, o, "faq");
	key(&w, "faq");
	open_c(&w, '[');
	for (i = 0; i < d->nfaqs; i++)
		element(&w, faq(d, &d->faqs[i], 1));
	close_c(&w, ']');
	end(&w);
}

static void
json_faq(struct bp_buf *out, const struct bp_doc *d, const struct bp_faq *f,
    const struct bp_opts *o)
{
	struct jw	 w;

	begin(&w, out, o, "faq");
	if (o->query != NULL)
		member(&w, "query", argument(o->query));
	key(&w, "faq");
	open_c(&w, '[');
	element(&w, faq(d, f, 1));
	close_c(&w, ']');
	end(&w);
}

static void
json_section_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	struct jw	 w;
	size_t		 i;

	begin(&w, out, o, "show");
	key(&w, "sections");
	open_c(&w, '[');
	for (i = 0; i < d->nsections; i++)
		element(&w, section(d, &d->sections[i], 1));
	close_c(&w, ']');
	end(&w);
}

static void
json_section(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_section *s, const struct bp_opts *o)
{
	struct jw	 w;

	begin(&w, out, o, "show");
	if (o->query != NULL)
		member(&w, "query", argument(o->query));
	key(&w, "sections");
	open_c(&w, '[');
	element(&w, section(d, s, 1));
	close_c(&w, ']');
	end(&w);
}

static void
json_sources(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	struct jw	 w;
	size_t		 i;

	begin(&w, out, o, "sources");
	key(&w, "sources");
	open_c(&w, '[');
	for (i = 0; i < d->nsources; i++)
		element(&w, source(d, &d->sources[i]));
	close_c(&w, ']');
	end(&w);
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

static void
json_search(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_hits *hits, const struct bp_opts *o)
{
	struct jw	 w;
	struct bp_span	*spans;
	cJSON		*h, *offs, *pair;
	char		*snip, *cmd;
	size_t		 i, k, n;

	(void)d;
	begin(&w, out, o, "search");
	key(&w, "terms");
	open_c(&w, '[');
	for (i = 0; i < o->nterms; i++)
		element(&w, argument(o->terms[i]));
	close_c(&w, ']');
	member(&w, "items", cJSON_CreateNumber((double)hits->nitems));
	key(&w, "hits");
	open_c(&w, '[');
	for (i = 0; i < hits->n; i++) {
		const struct bp_hit *x = &hits->v[i];

		h = cJSON_CreateObject();
		cJSON_AddStringToObject(h, "where", bp_where_name(x->where));
		if (x->id != NULL)
			cJSON_AddStringToObject(h, "id", x->id);
		cJSON_AddStringToObject(h, "field", x->field);
		cmd = bp_hit_command(x);
		cJSON_AddStringToObject(h, "command", cmd);
		free(cmd);
		snip = bp_hit_snippet(x, "…", &spans, &n);
		cJSON_AddStringToObject(h, "snippet", snip);
		/* [start, end) of each match in the snippet, in code points. */
		offs = cJSON_AddArrayToObject(h, "offsets");
		for (k = 0; k < n; k++) {
			pair = cJSON_CreateArray();
			cJSON_AddItemToArray(pair, cJSON_CreateNumber(
			    (double)chars(snip, spans[k].start)));
			cJSON_AddItemToArray(pair, cJSON_CreateNumber(
			    (double)chars(snip, spans[k].end)));
			cJSON_AddItemToArray(offs, pair);
		}
		free(snip);
		free(spans);
		element(&w, h);
	}
	close_c(&w, ']');
	end(&w);
}

void
bp_json_check(struct bp_buf *out, const struct bp_diags *dg,
    const struct bp_opts *o)
{
	struct jw	 w;
	cJSON		*p;
	size_t		 i;

	begin(&w, out, o, "check");
	member(&w, "file", cJSON_CreateString(dg->file));
	member(&w, "errors", cJSON_CreateNumber((double)dg->nerrors));
	member(&w, "warnings", cJSON_CreateNumber((double)(dg->n -
	    dg->nerrors)));
	key(&w, "problems");
	open_c(&w, '[');
	for (i = 0; i < dg->n; i++) {
		p = cJSON_CreateObject();
		if (dg->v[i].at.line > 0) {
			cJSON_AddNumberToObject(p, "line",
			    (double)dg->v[i].at.line);
			cJSON_AddNumberToObject(p, "column",
			    (double)dg->v[i].at.col);
		}
		cJSON_AddStringToObject(p, "level",
		    bp_level_name(dg->v[i].level));
		cJSON_AddStringToObject(p, "message", dg->v[i].msg);
		element(&w, p);
	}
	close_c(&w, ']');
	end(&w);
}

void
bp_json_dump(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	struct jw	 w;
	size_t		 i, k;

	/* The data itself, key for key in file order: no "command" here. */
	memset(&w, 0, sizeof(w));
	w.out = out;
	w.compact = o->compact;
	open_c(&w, '{');
	for (k = 0; k < d->keys.n; k++) {
		const char *name = bp_key(&d->keys, k);

		if (strcmp(name, "format") == 0)
			member(&w, name, cJSON_CreateNumber(FORMAT_VERSION));
		else if (strcmp(name, "title") == 0)
			member(&w, name, text(&d->title));
		else if (strcmp(name, "updated") == 0)
			member(&w, name, text(&d->updated));
		else if (strcmp(name, "summary") == 0)
			member(&w, name, text(&d->summary));
		else if (strcmp(name, "subjects") == 0)
			subjects(&w, d);
		else if (strcmp(name, "features") == 0) {
			key(&w, name);
			open_c(&w, '[');
			for (i = 0; i < d->nfeatures; i++)
				element(&w, feature(d, &d->features[i]));
			close_c(&w, ']');
		} else if (strcmp(name, "choose") == 0) {
			key(&w, name);
			open_c(&w, '{');
			for (i = 0; i < d->nchoices; i++)
				member(&w, d->choices[i].subject.s,
				    texts(&d->choices[i].items));
			close_c(&w, '}');
		} else if (strcmp(name, "sections") == 0) {
			key(&w, name);
			open_c(&w, '[');
			for (i = 0; i < d->nsections; i++)
				element(&w, section(d, &d->sections[i], 0));
			close_c(&w, ']');
		} else if (strcmp(name, "faq") == 0) {
			key(&w, name);
			open_c(&w, '[');
			for (i = 0; i < d->nfaqs; i++)
				element(&w, faq(d, &d->faqs[i], 0));
			close_c(&w, ']');
		} else if (strcmp(name, "sources") == 0) {
			key(&w, name);
			open_c(&w, '[');
			for (i = 0; i < d->nsources; i++)
				element(&w, source(d, &d->sources[i]));
			close_c(&w, ']');
		}
	}
	close_c(&w, '}');
	bp_buf_putc(out, '\n');
}

const struct bp_renderer bp_json_renderer = {
	json_overview,
	json_compare,
	json_verdict,
	json_faq_list,
	json_faq,
	json_section_list,
	json_section,
	json_sources,
	json_search,
};
