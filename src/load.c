/* Loader: libyaml events -> a small node tree (limits enforced on the way) -> bp_doc. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_diag.h"
#include "bp_doc.h"
#include "bp_suggest.h"

#define MAX_DEPTH	64	/* far deeper than format 1 needs; bounds recursion */

enum nkind {
	N_SCALAR,
	N_SEQ,
	N_MAP
};

static const char *const kind_names[] = {
	"text",		/* N_SCALAR */
	"a list",	/* N_SEQ */
	"a mapping",	/* N_MAP */
};

/* A YAML node.  A mapping's kids alternate key, value. */
struct node {
	enum nkind	 kind;
	struct bp_mark	 at;
	char		*s;		/* scalar text, owned */
	size_t		 len;
	int		 plain;		/* plain (unquoted) scalar style */
	struct node	*kids;
	size_t		 n;
};

struct loader {
	yaml_parser_t	 parser;
	struct bp_diags	*diags;
	const char	*text;		/* the input, for reader error positions */
	size_t		 len;
	int		 failed;	/* a fatal problem: stop reading */
};

static struct bp_mark
mark_of(yaml_mark_t m)
{
	struct bp_mark	 at;

	/* libyaml counts from 0; people count from 1. */
	at.line = m.line + 1;
	at.col = m.column + 1;
	return at;
}

static void
node_free(struct node *n)
{
	size_t	 i;

	for (i = 0; i < n->n; i++)
		node_free(&n->kids[i]);
	free(n->kids);
	free(n->s);
}

/* Line and column (in characters) of a byte offset into the input. */
static struct bp_mark
offset_mark(const char *text, size_t len, size_t off)
{
	struct bp_mark	 at = { 1, 1 };
	size_t		 i;

	for (i = 0; i < off && i < len; i++) {
		if (text[i] == '\n') {
			at.line++;
			at.col = 1;
		} else if (((unsigned char)text[i] & 0xc0) != 0x80)
			at.col++;
	}
	return at;
}

static void
syntax_error(struct loader *l)
{
	yaml_parser_t	*p = &l->parser;
	struct bp_mark	 at;

	at = mark_of(p->problem_mark);
	if (p->error == YAML_READER_ERROR) {
		/* The reader gives a byte offset, not a mark. */
		at = offset_mark(l->text, l->len, p->problem_offset);
		if (p->problem_value >= 0)
			bp_diag(l->diags, BP_ERROR, at, "%s (0x%02x)",
			    p->problem, (unsigned)p->problem_value);
		else
			bp_diag(l->diags, BP_ERROR, at, "%s", p->problem);
	} else if (p->error == YAML_MEMORY_ERROR) {
		bp_diag(l->diags, BP_ERROR, at, "out of memory while parsing");
	} else if (p->problem_mark.index < l->len &&
	    l->text[p->problem_mark.index] == '\t') {
		/* libyaml's words for it are no help to a person. */
		bp_diag(l->diags, BP_ERROR, at, "a tab here: YAML indents "
		    "with spaces only");
	} else if (p->context != NULL) {
		bp_diag(l->diags, BP_ERROR, at, "%s %s",
		    p->problem ? p->problem : "syntax error", p->context);
	} else {
		bp_diag(l->diags, BP_ERROR, at, "%s",
		    p->problem ? p->problem : "syntax error");
	}
	l->failed = 1;
}

static int
next_event(struct loader *l, yaml_event_t *ev)
{
	if (!yaml_parser_parse(&l->parser, ev)) {
		syntax_error(l);
		return 0;
	}
	return 1;
}

/* Tags the core schema allows; anything else is a type this format has no use for. */
static int
tag_allowed(const yaml_char_t *tag)
{
	static const char *const ok[] = {
		"tag:yaml.org,2002:str", "tag:yaml.org,2002:int",
		"tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
		"tag:yaml.org,2002:null", "tag:yaml.org,2002:seq",
		"tag:yaml.org,2002:map", "!",
	};
	size_t	 i;

	if (tag == NULL)
		return 1;
	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (strcmp((const char *)tag, ok[i]) == 0)
			return 1;
	return 0;
}

static int	parse_node(struct loader *, yaml_event_t *, struct node *, size_t);

/* Reads the children of a sequence or mapping until its end event. */
static int
parse_children(struct loader *l, struct node *out, yaml_event_type_t end,
    size_t depth)
{
	yaml_event_t	 ev;
	size_t		 cap = 0;

	for (;;) {
		if (!next_event(l, &ev))
			return 0;
		if (ev.type == end) {
			yaml_event_delete(&ev);
			return 1;
		}
		if (out->n == cap) {
			cap = cap ? cap * 2 : 8;
			out->kids = bp_reallocarray(out->kids, cap,
			    sizeof(*out->kids));
		}
		memset(&out->kids[out->n], 0, sizeof(out->kids[0]));
		if (!parse_node(l, &ev, &out->kids[out->n], depth)) {
			node_free(&out->kids[out->n]);
			return 0;
		}
		out->n++;
	}
}

/*
 * Builds out from the event ev (which this consumes) and, for collections,
 * the events after it.  Returns 0 after reporting a fatal problem.
 */
static int
parse_node(struct loader *l, yaml_event_t *ev, struct node *out, size_t depth)
{
	yaml_char_t	*anchor = NULL, *tag = NULL;
	int		 ok = 0;

	out->at = mark_of(ev->start_mark);
	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		bp_diag(l->diags, BP_ERROR, out->at,
		    "aliases are not supported in this format");
		goto out;
	case YAML_SCALAR_EVENT:
		anchor = ev->data.scalar.anchor;
		tag = ev->data.scalar.tag;
		break;
	case YAML_SEQUENCE_START_EVENT:
		anchor = ev->data.sequence_start.anchor;
		tag = ev->data.sequence_start.tag;
		break;
	case YAML_MAPPING_START_EVENT:
		anchor = ev->data.mapping_start.anchor;
		tag = ev->data.mapping_start.tag;
		break;
	default:
		bp_diag(l->diags, BP_ERROR, out->at, "unexpected YAML event");
		goto out;
	}
	if (anchor != NULL) {
		bp_diag(l->diags, BP_ERROR, out->at,
		    "anchors are not supported in this format");
		goto out;
	}
	if (!tag_allowed(tag)) {
		bp_diag(l->diags, BP_ERROR, out->at,
		    "unsupported tag '%s'", (const char *)tag);
		goto out;
	}
	if (ev->type != YAML_SCALAR_EVENT && depth >= MAX_DEPTH) {
		bp_diag(l->diags, BP_ERROR, out->at,
		    "nesting deeper than %d levels", MAX_DEPTH);
		goto out;
	}

	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		/* "\0" in a quoted scalar: no text in this format needs one. */
		if (memchr(ev->data.scalar.value, '\0',
		    ev->data.scalar.length) != NULL) {
			bp_diag(l->diags, BP_ERROR, out->at,
			    "text contains a NUL character");
			goto out;
		}
		out->kind = N_SCALAR;
		out->len = ev->data.scalar.length;
		out->s = bp_strndup((const char *)ev->data.scalar.value,
		    out->len);
		out->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		ok = 1;
		break;
	case YAML_SEQUENCE_START_EVENT:
		out->kind = N_SEQ;
		ok = parse_children(l, out, YAML_SEQUENCE_END_EVENT, depth + 1);
		break;
	default:
		out->kind = N_MAP;
		ok = parse_children(l, out, YAML_MAPPING_END_EVENT, depth + 1);
		break;
	}
out:
	yaml_event_delete(ev);
	if (!ok)
		l->failed = 1;
	return ok;
}

/*
 * Reads exactly one document into root.  Returns 0 after reporting why
 * not.
 */
static int
parse_stream(struct loader *l, struct node *root)
{
	yaml_event_t	 ev;
	int		 have = 0;

	for (;;) {
		if (!next_event(l, &ev))
			return 0;
		switch (ev.type) {
		case YAML_STREAM_START_EVENT:
		case YAML_DOCUMENT_END_EVENT:
			yaml_event_delete(&ev);
			continue;
		case YAML_STREAM_END_EVENT:
			if (!have)
				bp_diag(l->diags, BP_ERROR,
				    mark_of(ev.start_mark),
				    "empty input: expected a comparison");
			yaml_event_delete(&ev);
			return have;
		case YAML_DOCUMENT_START_EVENT:
			if (have) {
				bp_diag(l->diags, BP_ERROR,
				    mark_of(ev.start_mark),
				    "more than one YAML document");
				yaml_event_delete(&ev);
				return 0;
			}
			yaml_event_delete(&ev);
			if (!next_event(l, &ev))
				return 0;
			if (!parse_node(l, &ev, root, 0))
				return 0;
			have = 1;
			continue;
		default:
			yaml_event_delete(&ev);
			bp_diag(l->diags, BP_ERROR, root->at,
			    "unexpected YAML event");
			return 0;
		}
	}
}

/* ---- From nodes to structs. ---- */

static int
is_null(const struct node *n)
{
	if (n->kind != N_SCALAR || !n->plain)
		return 0;
	return n->len == 0 || strcmp(n->s, "~") == 0 ||
	    strcmp(n->s, "null") == 0 || strcmp(n->s, "Null") == 0 ||
	    strcmp(n->s, "NULL") == 0;
}

/* Reports a node of the wrong kind; what names it ("'title'", "a subject"). */
static int
want_kind(struct loader *l, const struct node *n, enum nkind kind,
    const char *what)
{
	if (n->kind == kind)
		return 1;
	bp_diag(l->diags, BP_ERROR, n->at, "%s must be %s, not %s",
	    what, kind_names[kind], kind_names[n->kind]);
	return 0;
}

/* Quotes a key for messages: "'title'". */
static const char *
quoted(char *buf, size_t size, const char *key)
{
	snprintf(buf, size, "'%s'", key);
	return buf;
}

/* Moves a scalar's text into out; a null leaves out->s NULL but records where. */
static void
take_text(struct loader *l, struct node *n, const char *key,
    struct bp_text *out)
{
	char	 q[80];

	out->at = n->at;
	if (is_null(n) ||
	    !want_kind(l, n, N_SCALAR, quoted(q, sizeof(q), key)))
		return;
	/* "" says no more than a null: required text must have some. */
	if (n->len == 0)
		return;
	out->s = n->s;
	out->len = n->len;
	n->s = NULL;
}

static void
take_texts(struct loader *l, struct node *n, const char *key,
    struct bp_texts *out)
{
	size_t	 i;
	char	 q[80];

	out->at = n->at;
	if (is_null(n) || !want_kind(l, n, N_SEQ, quoted(q, sizeof(q), key)))
		return;
	out->v = bp_calloc(n->n, sizeof(*out->v));
	for (i = 0; i < n->n; i++) {
		take_text(l, &n->kids[i], key, &out->v[out->n]);
		if (out->v[out->n].s != NULL)
			out->n++;
		else if (n->kids[i].kind == N_SCALAR)
			bp_diag(l->diags, BP_ERROR, n->kids[i].at,
			    "empty item in '%s'", key);
	}
}

/* One key a mapping may hold, and where its value goes. */
enum ftype {
	F_TEXT,		/* struct bp_text */
	F_TEXTS,	/* struct bp_texts */
	F_CUSTOM	/* handled by the caller */
};

struct field {
	const char	*key;
	enum ftype	 type;
	int		 required;
	size_t		 off;
};

/* A warning, not an error: a newer file may carry keys this bpolpo lacks. */
static void
unknown_key(struct loader *l, const struct node *key, const char *what,
    const struct field *fields, size_t nfields)
{
	const char	*names[BP_MAX_KEYS];
	struct bp_buf	 hint = { NULL, 0, 0 };
	size_t		 i;

	for (i = 0; i < nfields && i < BP_MAX_KEYS; i++)
		names[i] = fields[i].key;
	bp_suggest(&hint, key->s, names, i);
	bp_diag(l->diags, BP_WARNING, key->at, "unknown key '%s' in %s%s",
	    key->s, what, hint.data != NULL ? hint.data : "");
	bp_buf_free(&hint);
}

/*
 * Fills the struct at base from the mapping n using fields[].  Keys of
 * type F_CUSTOM are handed to custom(l, key index, value node, base).
 * Reports unknown and duplicate keys, and missing required ones.
 */
static void
take_map(struct loader *l, struct node *n, const char *what,
    const struct field *fields, size_t nfields, void *base,
    struct bp_keys *keys,
    void (*custom)(struct loader *, size_t, struct node *, void *))
{
	unsigned char	 seen[16], wrong[16];
	size_t		 i, k;
	struct node	*key, *val;

	memset(seen, 0, sizeof(seen));
	memset(wrong, 0, sizeof(wrong));
	if (!want_kind(l, n, N_MAP, what))
		return;
	for (i = 0; i + 1 < n->n; i += 2) {
		key = &n->kids[i];
		val = &n->kids[i + 1];
		if (key->kind != N_SCALAR) {
			bp_diag(l->diags, BP_ERROR, key->at,
			    "a key in %s must be text", what);
			continue;
		}
		for (k = 0; k < nfields; k++)
			if (strcmp(key->s, fields[k].key) == 0)
				break;
		if (k == nfields) {
			unknown_key(l, key, what, fields, nfields);
			continue;
		}
		if (seen[k]) {
			bp_diag(l->diags, BP_ERROR, key->at,
			    "duplicate key '%s' in %s", key->s, what);
			continue;
		}
		seen[k] = 1;
		/* A value of the wrong kind is reported once, not as empty too. */
		if (fields[k].type == F_TEXT && val->kind != N_SCALAR)
			wrong[k] = 1;
		switch (fields[k].type) {
		case F_TEXT:
			take_text(l, val, fields[k].key,
			    (struct bp_text *)((char *)base + fields[k].off));
			break;
		case F_TEXTS:
			take_texts(l, val, fields[k].key,
			    (struct bp_texts *)((char *)base + fields[k].off));
			break;
		case F_CUSTOM:
			custom(l, k, val, base);
			break;
		}
		/* A null or "" reads as a key left out, in dump as everywhere. */
		if (fields[k].type == F_TEXT ? ((struct bp_text *)((char *)base +
		    fields[k].off))->s != NULL : !is_null(val))
			keys->v[keys->n++] = fields[k].key;
	}
	for (k = 0; k < nfields; k++) {
		if (!fields[k].required)
			continue;
		if (!seen[k])
			bp_diag(l->diags, BP_ERROR, n->at,
			    "missing required key '%s' in %s",
			    fields[k].key, what);
		else if (fields[k].type == F_TEXT && !wrong[k]) {
			const struct bp_text *t = (const struct bp_text *)
			    ((const char *)base + fields[k].off);

			if (t->s == NULL || t->len == 0)
				bp_diag(l->diags, BP_ERROR, t->at,
				    "'%s' in %s is empty", fields[k].key, what);
		}
	}
}

#define TEXT(st, key, req, member) \
	{ key, F_TEXT, req, offsetof(struct st, member) }
#define TEXTS(st, key, req, member) \
	{ key, F_TEXTS, req, offsetof(struct st, member) }
#define CUSTOM(key, req) \
	{ key, F_CUSTOM, req, 0 }
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static const struct field subject_fields[] = {
	TEXT(bp_subject, "id", 1, id),
	TEXT(bp_subject, "short", 1, shortname),
	TEXT(bp_subject, "name", 1, name),
	TEXT(bp_subject, "label", 0, label),
};

static const struct field source_fields[] = {
	TEXT(bp_source, "id", 1, id),
	TEXT(bp_source, "title", 1, title),
	TEXT(bp_source, "publisher", 0, publisher),
	TEXT(bp_source, "url", 0, url),
};

static const struct field section_fields[] = {
	TEXT(bp_section, "id", 1, id),
	TEXT(bp_section, "title", 1, title),
	TEXT(bp_section, "body", 1, body),
	TEXTS(bp_section, "sources", 0, sources),
};

static const struct field faq_fields[] = {
	TEXT(bp_faq, "id", 1, id),
	TEXT(bp_faq, "question", 1, question),
	TEXT(bp_faq, "answer", 1, answer),
	TEXTS(bp_faq, "keywords", 0, keywords),
	TEXTS(bp_faq, "sources", 0, sources),
};

static const struct field feature_fields[] = {
	TEXT(bp_feature, "id", 1, id),
	TEXT(bp_feature, "label", 1, label),
	TEXT(bp_feature, "edge", 0, edge),
	CUSTOM("values", 1),
};

/* A mapping whose keys are subject ids, such as a feature's values. */
static void
feature_values(struct loader *l, size_t k, struct node *n, void *base)
{
	struct bp_feature	*f = base;
	size_t			 i;

	(void)k;
	f->values_at = n->at;
	if (!want_kind(l, n, N_MAP, "'values'"))
		return;
	f->values = bp_calloc(n->n / 2, sizeof(*f->values));
	for (i = 0; i + 1 < n->n; i += 2) {
		struct bp_value	*v = &f->values[f->nvalues];

		take_text(l, &n->kids[i], "values", &v->subject);
		if (v->subject.s == NULL)
			continue;
		take_text(l, &n->kids[i + 1], v->subject.s, &v->text);
		if (v->text.s == NULL && n->kids[i + 1].kind == N_SCALAR)
			bp_diag(l->diags, BP_ERROR, n->kids[i + 1].at,
			    "value for '%s' is empty", v->subject.s);
		f->nvalues++;
	}
}

/* Calls one(l, node, item) for each item of a list, into a new array. */
static void *
take_list(struct loader *l, struct node *n, const char *key, size_t size,
    size_t *count, struct bp_mark *at,
    void (*one)(struct loader *, struct node *, void *))
{
	char	*v;
	size_t	 i;
	char	 q[80];

	*count = 0;
	if (!want_kind(l, n, N_SEQ, quoted(q, sizeof(q), key)))
		return NULL;
	*at = n->at;
	v = bp_calloc(n->n, size);
	for (i = 0; i < n->n; i++)
		one(l, &n->kids[i], v + i * size);
	*count = n->n;
	return v;
}

static void
one_subject(struct loader *l, struct node *n, void *p)
{
	((struct bp_subject *)p)->at = n->at;
	take_map(l, n, "a subject", subject_fields, NELEM(subject_fields), p,
	    &((struct bp_subject *)p)->keys, NULL);
}

static void
one_feature(struct loader *l, struct node *n, void *p)
{
	((struct bp_feature *)p)->at = n->at;
	take_map(l, n, "a feature", feature_fields, NELEM(feature_fields), p,
	    &((struct bp_feature *)p)->keys, feature_values);
}

static void
one_section(struct loader *l, struct node *n, void *p)
{
	((struct bp_section *)p)->at = n->at;
	take_map(l, n, "a section", section_fields, NELEM(section_fields), p,
	    &((struct bp_section *)p)->keys, NULL);
}

static void
one_faq(struct loader *l, struct node *n, void *p)
{
	((struct bp_faq *)p)->at = n->at;
	take_map(l, n, "a faq entry", faq_fields, NELEM(faq_fields), p,
	    &((struct bp_faq *)p)->keys, NULL);
}

static void
one_source(struct loader *l, struct node *n, void *p)
{
	((struct bp_source *)p)->at = n->at;
	take_map(l, n, "a source", source_fields, NELEM(source_fields), p,
	    &((struct bp_source *)p)->keys, NULL);
}

static void
take_choose(struct loader *l, struct node *n, struct bp_doc *d)
{
	size_t	 i;

	if (is_null(n) || !want_kind(l, n, N_MAP, "'choose'"))
		return;
	d->choices = bp_calloc(n->n / 2, sizeof(*d->choices));
	for (i = 0; i + 1 < n->n; i += 2) {
		struct bp_choice	*c = &d->choices[d->nchoices];

		take_text(l, &n->kids[i], "choose", &c->subject);
		if (c->subject.s == NULL)
			continue;
		take_texts(l, &n->kids[i + 1], c->subject.s, &c->items);
		d->nchoices++;
	}
}

enum {
	TOP_SUBJECTS,
	TOP_FEATURES,
	TOP_CHOOSE,
	TOP_SECTIONS,
	TOP_FAQ,
	TOP_SOURCES
};

static const struct field top_fields[] = {
	TEXT(bp_doc, "format", 1, format),
	TEXT(bp_doc, "title", 1, title),
	TEXT(bp_doc, "updated", 0, updated),
	TEXT(bp_doc, "summary", 1, summary),
	CUSTOM("subjects", 1),
	CUSTOM("features", 1),
	CUSTOM("choose", 0),
	CUSTOM("sections", 0),
	CUSTOM("faq", 0),
	CUSTOM("sources", 0),
};
#define TOP_CUSTOM0	4	/* index of the first CUSTOM entry above */

static void
top_custom(struct loader *l, size_t k, struct node *n, void *base)
{
	struct bp_doc	*d = base;
	struct bp_mark	 at;
	const char	*key = top_fields[k].key;

	/* An empty optional list reads as no list at all. */
	if (is_null(n) && !top_fields[k].required)
		return;
	switch (k - TOP_CUSTOM0) {
	case TOP_SUBJECTS:
		d->subjects = take_list(l, n, key, sizeof(*d->subjects),
		    &d->nsubjects, &d->subjects_at, one_subject);
		break;
	case TOP_FEATURES:
		d->features = take_list(l, n, key, sizeof(*d->features),
		    &d->nfeatures, &d->features_at, one_feature);
		break;
	case TOP_CHOOSE:
		take_choose(l, n, d);
		break;
	case TOP_SECTIONS:
		d->sections = take_list(l, n, key, sizeof(*d->sections),
		    &d->nsections, &at, one_section);
		break;
	case TOP_FAQ:
		d->faqs = take_list(l, n, key, sizeof(*d->faqs),
		    &d->nfaqs, &at, one_faq);
		break;
	case TOP_SOURCES:
		d->sources = take_list(l, n, key, sizeof(*d->sources),
		    &d->nsources, &at, one_source);
		break;
	}
}

struct bp_doc *
bp_load(const char *file, const char *text, size_t len,
    struct bp_diags *diags)
{
	struct loader	 l;
	struct node	 root;
	struct bp_doc	*doc = NULL;

	memset(&l, 0, sizeof(l));
	memset(&root, 0, sizeof(root));
	l.diags = diags;
	l.text = text;
	l.len = len;
	if (!yaml_parser_initialize(&l.parser)) {
		bp_diag(diags, BP_ERROR, root.at, "cannot start the YAML parser");
		return NULL;
	}
	/* A UTF-8 byte-order mark is harmless; libyaml sees it only when it guesses. */
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
		text += 3;
		len -= 3;
		l.text = text;
		l.len = len;
	}
	yaml_parser_set_input_string(&l.parser, (const unsigned char *)text,
	    len);
	yaml_parser_set_encoding(&l.parser, YAML_UTF8_ENCODING);
	if (!parse_stream(&l, &root))
		goto out;
	if (root.kind != N_MAP) {
		bp_diag(diags, BP_ERROR, root.at,
		    "a comparison must be a mapping, not %s",
		    kind_names[root.kind]);
		goto out;
	}
	doc = bp_calloc(1, sizeof(*doc));
	doc->file = bp_strdup(file);
	take_map(&l, &root, "the comparison", top_fields, NELEM(top_fields),
	    doc, &doc->keys, top_custom);
out:
	node_free(&root);
	yaml_parser_delete(&l.parser);
	return doc;
}

/* ---- Freeing. ---- */

static void
texts_free(struct bp_texts *t)
{
	size_t	 i;

	for (i = 0; i < t->n; i++)
		free(t->v[i].s);
	free(t->v);
}

void
bp_doc_free(struct bp_doc *d)
{
	size_t	 i, j;

	if (d == NULL)
		return;
	for (i = 0; i < d->nsubjects; i++) {
		free(d->subjects[i].id.s);
		free(d->subjects[i].shortname.s);
		free(d->subjects[i].name.s);
		free(d->subjects[i].label.s);
	}
	free(d->subjects);
	for (i = 0; i < d->nfeatures; i++) {
		free(d->features[i].id.s);
		free(d->features[i].label.s);
		free(d->features[i].edge.s);
		for (j = 0; j < d->features[i].nvalues; j++) {
			free(d->features[i].values[j].subject.s);
			free(d->features[i].values[j].text.s);
		}
		free(d->features[i].values);
	}
	free(d->features);
	for (i = 0; i < d->nchoices; i++) {
		free(d->choices[i].subject.s);
		texts_free(&d->choices[i].items);
	}
	free(d->choices);
	for (i = 0; i < d->nsections; i++) {
		free(d->sections[i].id.s);
		free(d->sections[i].title.s);
		free(d->sections[i].body.s);
		texts_free(&d->sections[i].sources);
	}
	free(d->sections);
	for (i = 0; i < d->nfaqs; i++) {
		free(d->faqs[i].id.s);
		free(d->faqs[i].question.s);
		free(d->faqs[i].answer.s);
		texts_free(&d->faqs[i].keywords);
		texts_free(&d->faqs[i].sources);
	}
	free(d->faqs);
	for (i = 0; i < d->nsources; i++) {
		free(d->sources[i].id.s);
		free(d->sources[i].title.s);
		free(d->sources[i].publisher.s);
		free(d->sources[i].url.s);
	}
	free(d->sources);
	free(d->format.s);
	free(d->title.s);
	free(d->updated.s);
	free(d->summary.s);
	free(d->file);
	free(d);
}
