/* Loader: libyaml events -> a small node tree (limits enforced on the way) -> bp_doc. */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include <yaml.h>

#include "bp_alloc.h"
#include "bp_arena.h"
#include "bp_buf.h"
#include "bp_diag.h"
#include "bp_doc.h"
#include "bp_schema.h"
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
	char		*s;		/* scalar text: the arena's, or owned */
	size_t		 len;
	int		 plain;		/* plain (unquoted) scalar style */
	int		 owned;		/* s is malloc'd: a mapping key */
	int		 streamed;	/* a top-level list taken item by item */
	struct node	*kids;
	size_t		 n;
};

struct loader {
	yaml_parser_t	 parser;
	struct bp_diags	*diags;
	const char	*text;		/* the input in memory, or NULL */
	size_t		 len;
	int		 fd;		/* else the file read as parsed */
	size_t		 limit;		/* most bytes to read from fd */
	size_t		 nread;
	size_t		 skip;		/* bytes of a byte-order mark dropped */
	int		 read_errno;	/* why reading fd failed */
	int		 failed;	/* a fatal problem: stop reading */
	struct bp_doc	*doc;		/* being filled; owns the arena */
	unsigned char	 streamed[8];	/* per TOP_* list: items taken already */
	size_t		 cap[8];	/* per TOP_* list: room in its array */
};

static struct bp_mark
mark_of(yaml_mark_t m)
{
	struct bp_mark	 at;

	/* libyaml counts from 0; people count from 1. */
	at.line = (unsigned int)m.line + 1;
	at.col = (unsigned int)m.column + 1;
	return at;
}

static void
node_free(struct node *n)
{
	size_t	 i;

	for (i = 0; i < n->n; i++)
		node_free(&n->kids[i]);
	free(n->kids);
	n->kids = NULL;
	n->n = 0;
	if (n->owned)
		free(n->s);
	n->s = NULL;
}

/*
 * The input's bytes from off, into buf; a file is read again with pread.
 * Returns how many there were.  Only error reports look back like this.
 */
static size_t
input_at(const struct loader *l, size_t off, char *buf, size_t size)
{
	ssize_t	 n;

	if (l->text != NULL) {
		if (off >= l->len)
			return 0;
		if (size > l->len - off)
			size = l->len - off;
		memcpy(buf, l->text + off, size);
		return size;
	}
	n = pread(l->fd, buf, size, (off_t)(off + l->skip));
	return n > 0 ? (size_t)n : 0;
}

/* Line and column (in characters) of a byte offset into the input. */
static struct bp_mark
offset_mark(const struct loader *l, size_t off)
{
	struct bp_mark	 at = { 1, 1 };
	char		 buf[8192];
	size_t		 i, n, pos = 0;

	while (pos < off && (n = input_at(l, pos, buf, sizeof(buf))) > 0) {
		for (i = 0; i < n && pos + i < off; i++) {
			if (buf[i] == '\n') {
				at.line++;
				at.col = 1;
			} else if (((unsigned char)buf[i] & 0xc0) != 0x80)
				at.col++;
		}
		pos += n;
	}
	return at;
}

/*
 * The byte at a libyaml mark (0-based line and column in characters), or
 * -1: libyaml's index counts characters, not bytes.
 */
static int
byte_at(const struct loader *l, yaml_mark_t m)
{
	char		 buf[8192];
	unsigned char	 c;
	size_t		 i, n, pos = 0, line = 0, col = 0;

	while ((n = input_at(l, pos, buf, sizeof(buf))) > 0) {
		for (i = 0; i < n; i++) {
			c = (unsigned char)buf[i];
			if ((c & 0xc0) == 0x80)
				continue;	/* inside a character */
			if (line == m.line && col == m.column)
				return c;
			if (c == '\n') {
				if (line++ == m.line)
					return -1;
				col = 0;
			} else
				col++;
		}
		pos += n;
	}
	return -1;
}

/* libyaml's input handler for a file: counts, limits, drops a BOM. */
static int
read_fd(void *data, unsigned char *buf, size_t size, size_t *got)
{
	struct loader	*l = data;
	ssize_t		 n;

	do
		n = read(l->fd, buf, size);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		l->read_errno = errno;
		return 0;
	}
	if (l->nread == 0 && n >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
		memmove(buf, buf + 3, (size_t)n - 3);
		n -= 3;
		l->skip = 3;
	}
	l->nread += (size_t)n;
	if (l->nread > l->limit) {
		l->read_errno = EFBIG;
		return 0;
	}
	*got = (size_t)n;
	return 1;
}

static void
syntax_error(struct loader *l)
{
	yaml_parser_t	*p = &l->parser;
	struct bp_mark	 at;

	at = mark_of(p->problem_mark);
	if (p->error == YAML_READER_ERROR && l->read_errno == EFBIG) {
		if (l->limit % ((size_t)1024 * 1024) == 0)
			bp_diag(l->diags, BP_ERROR, (struct bp_mark){ 0, 0 },
			    "larger than the %zu MiB limit",
			    l->limit / 1024 / 1024);
		else
			bp_diag(l->diags, BP_ERROR, (struct bp_mark){ 0, 0 },
			    "larger than the limit of %zu bytes", l->limit);
	} else if (p->error == YAML_READER_ERROR && l->read_errno != 0) {
		bp_diag(l->diags, BP_ERROR, (struct bp_mark){ 0, 0 },
		    "%s", strerror(l->read_errno));
	} else if (p->error == YAML_READER_ERROR) {
		/* The reader gives a byte offset, not a mark. */
		at = offset_mark(l, p->problem_offset);
		if (p->problem_value >= 0)
			bp_diag(l->diags, BP_ERROR, at, "%s (0x%02x)",
			    p->problem, (unsigned)p->problem_value);
		else
			bp_diag(l->diags, BP_ERROR, at, "%s", p->problem);
	} else if (p->error == YAML_MEMORY_ERROR) {
		bp_diag(l->diags, BP_ERROR, at, "out of memory while parsing");
	} else if (byte_at(l, p->problem_mark) == '\t') {
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

static int	parse_node(struct loader *, yaml_event_t *, struct node *, size_t,
		    int);
static int	stream_list(struct loader *, yaml_event_t *, const struct node *,
		    struct node *);

/* Reads the children of a sequence or mapping until its end event. */
static int
parse_children(struct loader *l, struct node *out, yaml_event_type_t end,
    size_t depth)
{
	yaml_event_t	 ev;
	size_t		 cap = 0;
	int		 r;

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
		/*
		 * The big top-level lists are turned into structs item by item
		 * as they are read, so a file of 100,000 features never exists
		 * as a whole tree of nodes.
		 */
		if (depth == 1 && out->kind == N_MAP && out->n % 2 == 1 &&
		    ev.type == YAML_SEQUENCE_START_EVENT &&
		    (r = stream_list(l, &ev, &out->kids[out->n - 1],
		    &out->kids[out->n])) != 0) {
			if (r < 0)
				return 0;
			out->n++;
			continue;
		}
		if (l->failed || !parse_node(l, &ev, &out->kids[out->n], depth,
		    out->kind == N_MAP && out->n % 2 == 0)) {
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
parse_node(struct loader *l, yaml_event_t *ev, struct node *out, size_t depth,
    int is_key)
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
		out->len = ev->data.scalar.length;	/* < 64 MiB */
		/*
		 * Keys are needed only while reading ("id", "label"...): they
		 * go when their nodes go.  Values stay, in the arena.
		 */
		if (is_key) {
			out->s = bp_strndup((const char *)ev->data.scalar.value,
			    out->len);
			out->owned = 1;
		} else
			out->s = bp_arena_strndup(&l->doc->arena,
			    (const char *)ev->data.scalar.value, out->len);
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
			if (!parse_node(l, &ev, root, 0, 0))
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
	if (is_null(n))
		return;
	if (n->kind != N_SCALAR) {
		want_kind(l, n, N_SCALAR, quoted(q, sizeof(q), key));
		return;
	}
	/* "" says no more than a null: required text must have some. */
	if (n->len == 0)
		return;
	/* A key that is data (a subject id in values, choose) moves over. */
	out->s = n->owned ? bp_arena_strndup(&l->doc->arena, n->s, n->len) :
	    n->s;
	out->len = (unsigned int)n->len;
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
	out->v = bp_arena_calloc(&l->doc->arena, n->n, sizeof(*out->v));
	for (i = 0; i < n->n; i++) {
		take_text(l, &n->kids[i], key, &out->v[out->n]);
		if (out->v[out->n].s != NULL)
			out->n++;
		else if (n->kids[i].kind == N_SCALAR)
			bp_diag(l->diags, BP_ERROR, n->kids[i].at,
			    "empty item in '%s'", key);
	}
}

/* A warning, not an error: a newer file may carry keys this bpolpo lacks. */
static void
unknown_key(struct loader *l, const struct node *key, const char *what,
    const struct bp_field *fields, size_t nfields)
{
	const char	*names[BP_MAX_KEYS];
	struct bp_buf	 hint = BP_BUF_INIT;
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
 * type BP_F_CUSTOM are handed to custom(l, key index, value node, base).
 * Reports unknown and duplicate keys, and missing required ones.
 */
static void
take_map(struct loader *l, struct node *n, const char *what,
    const struct bp_field *fields, size_t nfields, void *base,
    struct bp_keys *keys,
    void (*custom)(struct loader *, size_t, struct node *, void *))
{
	unsigned char	 seen[BP_MAX_KEYS], wrong[BP_MAX_KEYS];
	size_t		 i, k;
	struct node	*key, *val;

	memset(seen, 0, sizeof(seen));
	memset(wrong, 0, sizeof(wrong));
	keys->fields = fields;
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
		if (fields[k].type == BP_F_TEXT && val->kind != N_SCALAR)
			wrong[k] = 1;
		switch (fields[k].type) {
		case BP_F_TEXT:
			take_text(l, val, fields[k].key,
			    (struct bp_text *)((char *)base + fields[k].off));
			break;
		case BP_F_TEXTS:
			take_texts(l, val, fields[k].key,
			    (struct bp_texts *)((char *)base + fields[k].off));
			break;
		case BP_F_CUSTOM:
			custom(l, k, val, base);
			break;
		}
		/* A null or "" reads as a key left out, in dump as everywhere. */
		if (fields[k].type == BP_F_TEXT ? ((struct bp_text *)((char *)base +
		    fields[k].off))->s != NULL : !is_null(val))
			keys->v[keys->n++] = (unsigned char)k;
	}
	for (k = 0; k < nfields; k++) {
		if (!fields[k].required)
			continue;
		if (!seen[k])
			bp_diag(l->diags, BP_ERROR, n->at,
			    "missing required key '%s' in %s",
			    fields[k].key, what);
		else if (fields[k].type == BP_F_TEXT && !wrong[k]) {
			const struct bp_text *t = (const struct bp_text *)
			    ((const char *)base + fields[k].off);

			if (t->s == NULL || t->len == 0)
				bp_diag(l->diags, BP_ERROR, t->at,
				    "'%s' in %s is empty", fields[k].key, what);
		}
	}
}


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
	f->values = bp_arena_calloc(&l->doc->arena, n->n / 2,
	    sizeof(*f->values));
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
	take_map(l, n, "a subject", bp_subject_fields, bp_nfields(bp_subject_fields), p,
	    &((struct bp_subject *)p)->keys, NULL);
}

static void
one_feature(struct loader *l, struct node *n, void *p)
{
	((struct bp_feature *)p)->at = n->at;
	take_map(l, n, "a feature", bp_feature_fields, bp_nfields(bp_feature_fields), p,
	    &((struct bp_feature *)p)->keys, feature_values);
}

static void
one_section(struct loader *l, struct node *n, void *p)
{
	((struct bp_section *)p)->at = n->at;
	take_map(l, n, "a section", bp_section_fields, bp_nfields(bp_section_fields), p,
	    &((struct bp_section *)p)->keys, NULL);
}

static void
one_faq(struct loader *l, struct node *n, void *p)
{
	((struct bp_faq *)p)->at = n->at;
	take_map(l, n, "a faq entry", bp_faq_fields, bp_nfields(bp_faq_fields), p,
	    &((struct bp_faq *)p)->keys, NULL);
}

static void
one_source(struct loader *l, struct node *n, void *p)
{
	((struct bp_source *)p)->at = n->at;
	take_map(l, n, "a source", bp_source_fields, bp_nfields(bp_source_fields), p,
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

#define TOP_CUSTOM0	4	/* index of the first CUSTOM entry of bp_doc_fields */

/* Appends a converted item to one of the document's arrays. */
#define APPEND(l, arr, n, top, one, node) do {				\
	if ((n) == (l)->cap[top]) {					\
		(l)->cap[top] = (l)->cap[top] ? (l)->cap[top] * 2 : 16;	\
		(arr) = bp_reallocarray((arr), (l)->cap[top],		\
		    sizeof(*(arr)));					\
	}								\
	memset(&(arr)[n], 0, sizeof(*(arr)));				\
	one((l), (node), &(arr)[n]);					\
	(n)++;								\
} while (0)

static void
append_item(struct loader *l, size_t top, struct node *item)
{
	struct bp_doc	*d = l->doc;

	switch (top) {
	case TOP_SUBJECTS:
		APPEND(l, d->subjects, d->nsubjects, top, one_subject, item);
		break;
	case TOP_FEATURES:
		APPEND(l, d->features, d->nfeatures, top, one_feature, item);
		break;
	case TOP_SECTIONS:
		APPEND(l, d->sections, d->nsections, top, one_section, item);
		break;
	case TOP_FAQ:
		APPEND(l, d->faqs, d->nfaqs, top, one_faq, item);
		break;
	case TOP_SOURCES:
		APPEND(l, d->sources, d->nsources, top, one_source, item);
		break;
	}
}

/*
 * Reads a top-level list (ev starts it; key names it) item by item into
 * the document, freeing each item's nodes as soon as it is converted.
 * out becomes a placeholder that take_map() accepts.  Returns 1 when
 * done, 0 when this list is not one to stream (the caller parses it as
 * usual), -1 after a fatal problem.
 */
static int
stream_list(struct loader *l, yaml_event_t *ev, const struct node *key,
    struct node *out)
{
	yaml_event_t	 e;
	struct node	 item;
	size_t		 k, top;

	if (key->kind != N_SCALAR)
		return 0;
	for (k = TOP_CUSTOM0; k < bp_nfields(bp_doc_fields); k++)
		if (strcmp(key->s, bp_doc_fields[k].key) == 0)
			break;
	if (k == bp_nfields(bp_doc_fields) || (top = k - TOP_CUSTOM0) == TOP_CHOOSE ||
	    l->streamed[top] || ev->data.sequence_start.anchor != NULL ||
	    !tag_allowed(ev->data.sequence_start.tag))
		return 0;	/* a repeat, or a problem parse_node reports */
	l->streamed[top] = 1;
	out->kind = N_SEQ;
	out->at = mark_of(ev->start_mark);
	out->streamed = 1;
	if (top == TOP_SUBJECTS)
		l->doc->subjects_at = out->at;
	else if (top == TOP_FEATURES)
		l->doc->features_at = out->at;
	yaml_event_delete(ev);
	for (;;) {
		if (!next_event(l, &e))
			return -1;
		if (e.type == YAML_SEQUENCE_END_EVENT) {
			yaml_event_delete(&e);
			return 1;
		}
		memset(&item, 0, sizeof(item));
		if (!parse_node(l, &e, &item, 2, 0)) {
			node_free(&item);
			return -1;
		}
		append_item(l, top, &item);
		node_free(&item);
	}
}

static void
drop_streamed(struct loader *l, size_t top)
{
	struct bp_doc	*d = l->doc;

	if (top >= sizeof(l->streamed) || !l->streamed[top])
		return;
	switch (top) {
	case TOP_SUBJECTS:
		free(d->subjects);
		d->subjects = NULL;
		d->nsubjects = 0;
		d->subjects_at = (struct bp_mark){ 0, 0 };
		break;
	case TOP_FEATURES:
		free(d->features);
		d->features = NULL;
		d->nfeatures = 0;
		d->features_at = (struct bp_mark){ 0, 0 };
		break;
	case TOP_SECTIONS:
		free(d->sections);
		d->sections = NULL;
		d->nsections = 0;
		break;
	case TOP_FAQ:
		free(d->faqs);
		d->faqs = NULL;
		d->nfaqs = 0;
		break;
	case TOP_SOURCES:
		free(d->sources);
		d->sources = NULL;
		d->nsources = 0;
		break;
	}
	l->cap[top] = 0;
}

static void
top_custom(struct loader *l, size_t k, struct node *n, void *base)
{
	struct bp_doc	*d = base;
	struct bp_mark	 at;
	const char	*key = bp_doc_fields[k].key;

	if (n->streamed)
		return;		/* its items are in the document already */
	/*
	 * This is the key's first value and it was not streamed; items
	 * streamed meanwhile came from a repeat of the key, which take_map()
	 * reports: the first value wins, the repeat's items go.
	 */
	drop_streamed(l, k - TOP_CUSTOM0);
	/* An empty optional list reads as no list at all. */
	if (is_null(n) && !bp_doc_fields[k].required)
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

/* Reads the document l is set up for.  Returns it, or NULL. */
static struct bp_doc *
load(struct loader *l, const char *file)
{
	struct node	 root;
	struct bp_doc	*doc;

	memset(&root, 0, sizeof(root));
	/* Made first: the streamed lists and the arena fill it as we read. */
	doc = l->doc = bp_calloc(1, sizeof(*doc));
	doc->file = bp_strdup(file);
	if (!parse_stream(l, &root))
		goto fail;
	if (root.kind != N_MAP) {
		bp_diag(l->diags, BP_ERROR, root.at,
		    "a comparison must be a mapping, not %s",
		    kind_names[root.kind]);
		goto fail;
	}
	take_map(l, &root, "the comparison", bp_doc_fields, bp_nfields(bp_doc_fields),
	    doc, &doc->keys, top_custom);
	goto out;
fail:
	bp_doc_free(doc);
	doc = NULL;
out:
	node_free(&root);
	yaml_parser_delete(&l->parser);
	return doc;
}

static int
start(struct loader *l, struct bp_diags *diags)
{
	memset(l, 0, sizeof(*l));
	l->diags = diags;
	l->fd = -1;
	if (!yaml_parser_initialize(&l->parser)) {
		bp_diag(diags, BP_ERROR, (struct bp_mark){ 0, 0 },
		    "cannot start the YAML parser");
		return 0;
	}
	/* UTF-8 only: a UTF-16 file is not one of ours. */
	yaml_parser_set_encoding(&l->parser, YAML_UTF8_ENCODING);
	return 1;
}

struct bp_doc *
bp_load(const char *file, const char *text, size_t len,
    struct bp_diags *diags)
{
	struct loader	 l;

	if (!start(&l, diags))
		return NULL;
	/* A UTF-8 byte-order mark is harmless; libyaml would refuse it. */
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
		text += 3;
		len -= 3;
	}
	l.text = text;
	l.len = len;
	yaml_parser_set_input_string(&l.parser, (const unsigned char *)text,
	    len);
	return load(&l, file);
}

struct bp_doc *
bp_load_fd(const char *file, int fd, size_t limit, struct bp_diags *diags)
{
	struct loader	 l;

	if (!start(&l, diags))
		return NULL;
	l.fd = fd;
	l.limit = limit;
	yaml_parser_set_input(&l.parser, read_fd, &l);
	return load(&l, file);
}

/* ---- Freeing. ---- */

void
bp_doc_free(struct bp_doc *d)
{
	if (d == NULL)
		return;
	/* Texts and the small arrays are in the arena; the lists are not. */
	free(d->subjects);
	free(d->features);
	free(d->choices);
	free(d->sections);
	free(d->faqs);
	free(d->sources);
	bp_arena_free(&d->arena);
	free(d->file);
	free(d);
}
