/* Loader: libyaml events straight into a bp_doc, by the schema's tables, limits enforced on the way. */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include <yaml.h>

#include "base/bp_alloc.h"
#include "base/bp_arena.h"
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_suggest.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "model/bp_loader.h"
#include "model/bp_problem.h"
#include "model/bp_schema.h"

#define MAX_DEPTH	64	/* far deeper than format 1 needs */
#define ADOPT_AT	((size_t)64 * 1024)	/* texts this long are not copied */
#define SMALL_LIST	((size_t)4096)		/* lists this small go in the arena */

enum nkind {
	N_SCALAR,
	N_SEQ,
	N_MAP,
	N_SCALAR_OR_SEQ		/* what is wanted only: an edge */
};

static const char *const kind_names[] = {
	"text",			/* N_SCALAR */
	"a list",		/* N_SEQ */
	"a mapping",		/* N_MAP */
	"text or a list",	/* N_SCALAR_OR_SEQ */
};

/* The keys of one mapping no table knows: repeats must be found too. */
struct keyset {
	uint64_t	*v;		/* open addressing; 0: empty */
	size_t		 n, cap;
};

static struct bp_mark
here(const struct loader *l)
{
	return bp_mark_of(l->ev.start_mark);
}

/* ---- Events. ---- */

/* Makes the next event current.  Returns 0 after a fatal problem. */
static int
next(struct loader *l)
{
	if (l->live) {
		yaml_event_delete(&l->ev);
		l->live = 0;
	}
	if (l->failed)
		return 0;
	if (l->peeked) {
		l->ev = l->ahead;
		l->peeked = 0;
	} else if (!yaml_parser_parse(&l->parser, &l->ev)) {
		bp_loader_syntax_error(l);
		return 0;
	}
	l->live = 1;
	return 1;
}

/*
 * Reads the event after the current one ahead of time.  Returns 0 after
 * a fatal problem: then what ended just before it (a mapping cut short by
 * a line indented too little) is its doing, not a problem of its own.
 */
static int
peek(struct loader *l)
{
	if (l->failed)
		return 0;
	if (l->peeked)
		return 1;
	if (!yaml_parser_parse(&l->parser, &l->ahead)) {
		bp_loader_syntax_error(l);
		return 0;
	}
	l->peeked = 1;
	return 1;
}

static void
fatal(struct loader *l, enum bp_problem problem, struct bp_mark at,
    const char *msg)
{
	bp_problem(l->diags, problem, at, "%s", msg);
	l->failed = 1;
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

/*
 * Checks what every node must be, whatever its place: no alias, anchor or
 * strange tag, not too deep, no NUL in text.  The current event starts
 * the node.  Returns its kind, or -1 after a fatal problem.
 */
static int
node(struct loader *l, size_t depth)
{
	yaml_event_t	*ev = &l->ev;
	yaml_char_t	*anchor, *tag;
	enum nkind	 k;

	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		fatal(l, BP_P_ANCHOR_OR_ALIAS, here(l),
		    "aliases are not supported in this format");
		return -1;
	case YAML_SCALAR_EVENT:
		anchor = ev->data.scalar.anchor;
		tag = ev->data.scalar.tag;
		k = N_SCALAR;
		break;
	case YAML_SEQUENCE_START_EVENT:
		anchor = ev->data.sequence_start.anchor;
		tag = ev->data.sequence_start.tag;
		k = N_SEQ;
		break;
	case YAML_MAPPING_START_EVENT:
		anchor = ev->data.mapping_start.anchor;
		tag = ev->data.mapping_start.tag;
		k = N_MAP;
		break;
	default:
		/* Where a node must be, libyaml gives one: syntax, if ever. */
		fatal(l, BP_P_YAML_SYNTAX, here(l), "unexpected YAML event");
		return -1;
	}
	if (anchor != NULL) {
		fatal(l, BP_P_ANCHOR_OR_ALIAS, here(l),
		    "anchors are not supported in this format");
		return -1;
	}
	if (!tag_allowed(tag)) {
		bp_problem(l->diags, BP_P_UNSUPPORTED_TAG, here(l),
		    "unsupported tag '%s'",
		    (const char *)tag);
		l->failed = 1;
		return -1;
	}
	if (k != N_SCALAR && depth >= MAX_DEPTH) {
		bp_problem(l->diags, BP_P_TOO_DEEP, here(l),
		    "nesting deeper than %d levels", MAX_DEPTH);
		l->failed = 1;
		return -1;
	}
	/*
	 * "\0" in a double-quoted scalar: no text in this format needs one.
	 * Only an escape makes one: YAML's reader refuses the byte itself.
	 */
	if (k == N_SCALAR &&
	    ev->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE &&
	    memchr(ev->data.scalar.value, '\0', ev->data.scalar.length) !=
	    NULL) {
		fatal(l, BP_P_CONTROL_CHARACTER, here(l),
		    "text contains a NUL character");
		return -1;
	}
	return (int)k;
}

/*
 * Skips the node of kind k that the current event starts, checking every
 * node inside it, and builds nothing.  Returns 0 after a fatal problem.
 */
static int
skip(struct loader *l, int k, size_t depth)
{
	size_t	 open = k == N_SCALAR ? 0 : 1;
	int	 kk;

	while (open > 0) {
		if (!next(l))
			return 0;
		if (l->ev.type == YAML_SEQUENCE_END_EVENT ||
		    l->ev.type == YAML_MAPPING_END_EVENT) {
			open--;
			continue;
		}
		if ((kk = node(l, depth + open)) < 0)
			return 0;
		if (kk != N_SCALAR)
			open++;
	}
	return 1;
}

/* Moves to the next event, which starts a node; returns its kind or -1. */
static int
next_node(struct loader *l, size_t depth)
{
	if (!next(l))
		return -1;
	return node(l, depth);
}

static int
is_null(const struct loader *l)
{
	const yaml_event_t	*ev = &l->ev;
	const char		*s = (const char *)ev->data.scalar.value;

	if (ev->type != YAML_SCALAR_EVENT ||
	    ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return 0;
	/* Most scalars are none of them: told by their length. */
	switch (ev->data.scalar.length) {
	case 0:
		return 1;
	case 1:
		return s[0] == '~';
	case 4:
		return strcmp(s, "null") == 0 || strcmp(s, "Null") == 0 ||
		    strcmp(s, "NULL") == 0;
	default:
		return 0;
	}
}

/* ---- Memory: the document stays within twice the input, plus a little. ---- */

static size_t
input_size(const struct loader *l)
{
	return l->text != NULL ? l->len : l->nread;
}

/*
 * Counts more bytes held by the document (beside its arena, which counts
 * its own); returns 0 after reporting a file that would need too many.
 */
static int
hold(struct loader *l, size_t more)
{
	l->held += more;
	if (l->doc->arena.used + l->held + l->building[0] + l->building[1] +
	    l->building[2] <= 2 * input_size(l) + BP_DOC_SLACK)
		return 1;
	bp_problem(l->diags, BP_P_TOO_MANY_SMALL_ITEMS, here(l),
	    "too many small items for a file of this size: bpolpo holds a "
	    "comparison in at most twice its size (see LIMITS in bpolpo(5))");
	l->failed = 1;
	return 0;
}

/* ---- Scalars. ---- */

/*
 * The current scalar into out (its text stays NULL for a null, "" or
 * only whitespace), folded to one line when line is set.  Long texts are
 * taken from libyaml as they are, not copied.
 */
static int
take_text(struct loader *l, int line, struct bp_text *out)
{
	yaml_event_t	*ev = &l->ev;
	char		*s = (char *)ev->data.scalar.value;
	size_t		 len = ev->data.scalar.length;

	out->at = here(l);
	out->s = NULL;
	out->len = 0;
	if (is_null(l))
		return 1;
	if (line)
		len = bp_text_fold(s, len);
	else if (bp_text_blank(s, len))
		len = 0;
	if (len == 0)
		return 1;
	if (len >= ADOPT_AT) {
		/* libyaml's buffer may be twice the text: give the rest back. */
		ev->data.scalar.value = NULL;
		s = bp_realloc(s, len + 1);
		s[len] = '\0';
		bp_arena_adopt(&l->doc->arena, s, len + 1);
		out->s = s;
	} else
		out->s = bp_arena_strndup(&l->doc->arena, s, len);
	out->len = (unsigned int)len;
	return hold(l, 0);
}

/*
 * Skips a node of the wrong kind (the current event starts it), then
 * reports it; a fatal problem inside it is reported instead.
 */
static int
wrong_kind(struct loader *l, int k, size_t depth, const char *what,
    enum nkind want)
{
	struct bp_mark	 at = here(l);

	if (!skip(l, k, depth))
		return 0;
	bp_problem(l->diags, BP_P_WRONG_KIND, at, "%s must be %s, not %s",
	    what, kind_names[want], kind_names[k]);
	return 1;
}

/* Quotes a key for messages: "'title'". */
static const char *
quoted(char *buf, size_t size, const char *key)
{
	snprintf(buf, size, "'%s'", key);
	return buf;
}

/* ---- Lists built in the loader's room, then handed over. ---- */

/*
 * Hands the n items of size bytes in *room to the document: a small list
 * is copied into the arena, a big one given away whole (the loader takes
 * new room).  Returns the items, or NULL when n is 0.
 */
static void *
hand_over(struct loader *l, void **room, size_t *cap, size_t *building,
    size_t n, size_t size)
{
	void	*v;

	*building = 0;
	if (n == 0)
		return NULL;
	if (n * size <= SMALL_LIST) {
		v = bp_arena_calloc(&l->doc->arena, n, size);
		memcpy(v, *room, n * size);
		return v;
	}
	v = bp_realloc(*room, n * size);
	bp_arena_adopt(&l->doc->arena, v, n * size);
	*room = NULL;
	*cap = 0;
	return v;
}

/*
 * Room for item n of a list built in *room; it counts as held (in
 * *building, one for each of the loader's rooms: they nest).
 */
static void *
room_for(void **room, size_t *cap, size_t *building, size_t n, size_t size)
{
	if (n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*room = bp_reallocarray(*room, *cap, size);
	}
	*building = (n + 1) * size;
	return (char *)*room + n * size;
}

/*
 * A list of one-line texts (keywords, source references, a choose list)
 * into out; the current event starts it.  Returns 0 after a fatal
 * problem.
 */
static int
read_lines(struct loader *l, int k, size_t depth, const char *key,
    struct bp_texts *out)
{
	struct bp_text	*t;
	size_t		 n = 0;
	void		*room;
	char		 q[80];
	int		 kk;

	out->at = here(l);
	if (k == N_SCALAR && is_null(l))
		return 1;
	if (k != N_SEQ)
		return wrong_kind(l, k, depth, quoted(q, sizeof(q), key), N_SEQ);
	room = l->tmp;
	for (;;) {
		if (!next(l))
			break;
		if (l->ev.type == YAML_SEQUENCE_END_EVENT) {
			out->v = hand_over(l, &room, &l->tmpcap, &l->building[0], n,
			    sizeof(*t));
			out->n = n;
			l->tmp = room;
			return 1;
		}
		if ((kk = node(l, depth + 1)) < 0)
			break;
		if (kk != N_SCALAR) {
			if (!wrong_kind(l, kk, depth + 1, quoted(q, sizeof(q),
			    key), N_SCALAR))
				break;
			continue;
		}
		t = room_for(&room, &l->tmpcap, &l->building[0], n, sizeof(*t));
		l->tmp = room;
		if (!take_text(l, 1, t))
			break;
		if (t->s != NULL)
			n++;
		else
			bp_problem(l->diags, BP_P_EMPTY_VALUE, t->at,
			    "empty item in '%s'", key);
	}
	l->tmp = room;
	return 0;
}

/*
 * The entry of a mapping keyed by subject id (values, choose) whose key
 * the current event starts (kind k): the key into key, then on to its
 * value, whose kind goes in *kv.  Returns 1 with an entry to read, 0
 * when it was reported or null and skipped, -1 after a fatal problem.
 */
static int
subject_entry(struct loader *l, int k, size_t depth, const char *what,
    struct bp_text *key, int *kv)
{
	if (k != N_SCALAR) {
		bp_problem(l->diags, BP_P_WRONG_KIND, here(l),
		    "a key in '%s' must be text", what);
		if (!skip(l, k, depth) || (k = next_node(l, depth)) < 0 ||
		    !skip(l, k, depth))
			return -1;
		return 0;
	}
	if (!take_text(l, 1, key) || (*kv = next_node(l, depth)) < 0)
		return -1;
	if (key->s == NULL)
		return skip(l, *kv, depth) ? 0 : -1;
	return 1;
}

/* A feature's values: a mapping of subject ids to one-line texts. */
static int
read_values(struct loader *l, int k, size_t depth, struct bp_feature *f)
{
	struct bp_value	*v;
	size_t		 n = 0;
	void		*room;
	int		 kk, r;

	f->values_at = here(l);
	if (k != N_MAP)
		return wrong_kind(l, k, depth, "'values'", N_MAP);
	room = l->vals;
	for (;;) {
		if (!next(l))
			break;
		if (l->ev.type == YAML_MAPPING_END_EVENT) {
			f->values = hand_over(l, &room, &l->valcap,
			    &l->building[1], n, sizeof(*v));
			f->nvalues = n;
			l->vals = room;
			return 1;
		}
		if ((kk = node(l, depth + 1)) < 0)
			break;
		v = room_for(&room, &l->valcap, &l->building[1], n, sizeof(*v));
		l->vals = room;
		memset(v, 0, sizeof(*v));
		if ((r = subject_entry(l, kk, depth + 1, "values",
		    &v->subject, &kk)) < 0)
			break;
		if (r == 0)
			continue;
		if (kk != N_SCALAR) {
			char	 q[80];

			if (!wrong_kind(l, kk, depth + 1, quoted(q, sizeof(q),
			    v->subject.s), N_SCALAR))
				break;
			continue;
		}
		if (!take_text(l, 1, &v->text))
			break;
		if (v->text.s == NULL)
			bp_problem(l->diags, BP_P_EMPTY_VALUE, v->text.at,
			    "value for '%s' is empty", v->subject.s);
		n++;
	}
	l->vals = room;
	return 0;
}

/* The choose lists: subject id -> a list of one-line texts. */
static int
read_choose(struct loader *l, int k, size_t depth, struct bp_doc *d)
{
	struct bp_choice	*c;
	size_t			 n = 0;
	void			*room;
	int			 kk, r;

	d->choices_at = here(l);
	if (k == N_SCALAR && is_null(l))
		return 1;
	if (k != N_MAP)
		return wrong_kind(l, k, depth, "'choose'", N_MAP);
	room = l->chs;
	for (;;) {
		if (!next(l))
			break;
		if (l->ev.type == YAML_MAPPING_END_EVENT) {
			d->choices = hand_over(l, &room, &l->chcap,
			    &l->building[2], n, sizeof(*c));
			d->nchoices = n;
			l->chs = room;
			return 1;
		}
		if ((kk = node(l, depth + 1)) < 0)
			break;
		c = room_for(&room, &l->chcap, &l->building[2], n, sizeof(*c));
		l->chs = room;
		memset(c, 0, sizeof(*c));
		if ((r = subject_entry(l, kk, depth + 1, "choose",
		    &c->subject, &kk)) < 0)
			break;
		if (r == 0)
			continue;
		if (!read_lines(l, kk, depth + 1, c->subject.s, &c->items))
			break;
		n++;
	}
	l->chs = room;
	return 0;
}

/* ---- Mappings. ---- */

/* FNV-1a, then a mix: keys a hostile file repeats are found by hash. */
static uint64_t
hash(const char *s, size_t len)
{
	uint64_t	 h = 0xcbf29ce484222325ULL;
	size_t		 i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h != 0 ? h : 1;
}

/*
 * Adds h to the set; returns 0 when it was there already, -1 after
 * reporting that it cannot grow.  The set counts as held by the document
 * while it lives: a mapping of a million unknown keys is as dense a file
 * as a list of a million items.
 */
static int
keyset_add(struct loader *l, struct keyset *ks, uint64_t h)
{
	size_t	 i, k;

	if (4 * (ks->n + 1) > 3 * ks->cap) {
		uint64_t	*old = ks->v;
		size_t		 oldcap = ks->cap;

		/* While the keys move, both tables are held. */
		ks->cap = ks->cap ? ks->cap * 2 : 16;
		if (!hold(l, ks->cap * sizeof(*ks->v))) {
			l->held -= ks->cap * sizeof(*ks->v);
			ks->cap = oldcap;
			return -1;
		}
		l->held -= oldcap * sizeof(*ks->v);
		ks->v = bp_calloc(ks->cap, sizeof(*ks->v));
		for (k = 0; k < oldcap; k++)
			if (old[k] != 0) {
				for (i = old[k] & (ks->cap - 1); ks->v[i] != 0;
				    i = (i + 1) & (ks->cap - 1))
					;
				ks->v[i] = old[k];
			}
		free(old);
	}
	for (i = h & (ks->cap - 1); ks->v[i] != 0; i = (i + 1) & (ks->cap - 1))
		if (ks->v[i] == h)
			return 0;
	ks->v[i] = h;
	ks->n++;
	return 1;
}

/* Says which known key is near, if one is (a warning: see bp_problems). */
static void
unknown_key(struct loader *l, const char *key, const char *what,
    const struct bp_field *fields)
{
	const char	*names[BP_MAX_KEYS];
	struct bp_buf	 hint = BP_BUF_INIT;
	size_t		 i;

	for (i = 0; i < BP_MAX_KEYS && fields[i].key != NULL; i++)
		names[i] = fields[i].key;
	bp_suggest(&hint, key, names, i);
	bp_problem(l->diags, BP_P_UNKNOWN_KEY, here(l),
	    "unknown key '%s' in %s%s", key, what,
	    hint.data != NULL ? hint.data : "");
	bp_buf_free(&hint);
}

static int	read_list(struct loader *, int, size_t, const struct bp_field *,
		    void *);

/* Reads the value of a known key (the current event starts it) into base. */
static int
read_field(struct loader *l, int k, size_t depth, const struct bp_field *f,
    void *base, unsigned char *wrong)
{
	char	 q[80];
	void	*at = (char *)base + f->off;

	switch (f->type) {
	case BP_F_LINE:
	case BP_F_PROSE:
		((struct bp_text *)at)->at = here(l);
		if (k != N_SCALAR) {
			*wrong = 1;
			return wrong_kind(l, k, depth, quoted(q, sizeof(q),
			    f->key), N_SCALAR);
		}
		return take_text(l, f->type == BP_F_LINE, at);
	case BP_F_LINES:
	case BP_F_REFS:
		return read_lines(l, k, depth, f->key, at);
	case BP_F_EDGE:
		/* One id, or a list of those that share the edge. */
		if (k != N_SEQ) {
			((struct bp_text *)at)->at = here(l);
			if (k != N_SCALAR) {
				*wrong = 1;
				return wrong_kind(l, k, depth, quoted(q,
				    sizeof(q), f->key), N_SCALAR_OR_SEQ);
			}
			return take_text(l, 1, at);
		}
		at = (char *)base + f->noff;
		if (!read_lines(l, k, depth, f->key, at))
			return 0;
		if (((struct bp_texts *)at)->n == 0)
			bp_problem(l->diags, BP_P_BAD_EDGE,
			    ((struct bp_texts *)at)->at,
			    "'%s' is an empty list: leave it out, or say '"
			    BP_TIE "'", f->key);
		return 1;
	case BP_F_VALUES:
		return read_values(l, k, depth, base);
	case BP_F_CHOOSE:
		return read_choose(l, k, depth, base);
	case BP_F_LIST:
		return read_list(l, k, depth, f, base);
	}
	return 0;
}

/*
 * Whether base has something for field f: a null, "" or blank text reads
 * as a key left out, in dump as everywhere.
 */
static int
present(const struct bp_field *f, const void *base, int null)
{
	if (f->type == BP_F_LINE || f->type == BP_F_PROSE)
		return ((const struct bp_text *)((const char *)base +
		    f->off))->s != NULL;
	if (f->type == BP_F_EDGE)
		return ((const struct bp_text *)((const char *)base +
		    f->off))->s != NULL || ((const struct bp_texts *)
		    ((const char *)base + f->noff))->v != NULL;
	return !null;
}

/*
 * Fills the struct at base from the mapping the current event starts,
 * by kind's table; reports unknown and repeated keys (warning, error)
 * and missing and empty required ones.  Returns 0 after a fatal problem.
 */
static int
read_map(struct loader *l, const struct bp_kind *kind, size_t depth,
    void *base)
{
	const struct bp_field	*fields = kind->fields, *f;
	struct bp_keys		*keys = (struct bp_keys *)((char *)base +
				    kind->keysoff);
	struct bp_mark		 at = here(l);
	struct keyset		 unknown = { NULL, 0, 0 };
	unsigned char		 seen[BP_MAX_KEYS], wrong[BP_MAX_KEYS];
	size_t			 i, nf = bp_nfields(fields);
	int			 k, null, ok = 0;

	memset(seen, 0, sizeof(seen));
	memset(wrong, 0, sizeof(wrong));
	keys->fields = fields;
	for (;;) {
		if (!next(l))
			goto out;
		if (l->ev.type == YAML_MAPPING_END_EVENT)
			break;
		if ((k = node(l, depth + 1)) < 0)
			goto out;
		if (k != N_SCALAR) {
			bp_problem(l->diags, BP_P_WRONG_KIND, here(l),
			    "a key in %s must be text", kind->what);
			if (!skip(l, k, depth + 1) ||
			    (k = next_node(l, depth + 1)) < 0 ||
			    !skip(l, k, depth + 1))
				goto out;
			continue;
		}
		f = bp_field_of(fields, (const char *)l->ev.data.scalar.value);
		i = f != NULL ? (size_t)(f - fields) : nf;
		if (f == NULL) {
			const char *key = (const char *)l->ev.data.scalar.value;

			if ((k = keyset_add(l, &unknown, hash(key,
			    l->ev.data.scalar.length))) < 0)
				goto out;
			if (k == 0)
				bp_problem(l->diags, BP_P_DUPLICATE_KEY, here(l),
				    "duplicate key '%s' in %s", key, kind->what);
			else
				unknown_key(l, key, kind->what, fields);
		} else if (seen[i])
			bp_problem(l->diags, BP_P_DUPLICATE_KEY, here(l),
			    "duplicate key '%s' in %s", f->key, kind->what);
		if ((k = next_node(l, depth + 1)) < 0)
			goto out;
		if (f == NULL || seen[i]) {
			/* Built into nothing: a repeat's value, an unknown key's. */
			if (!skip(l, k, depth + 1) || !hold(l, 0))
				goto out;
			continue;
		}
		seen[i] = 1;
		null = k == N_SCALAR && is_null(l);
		if (!read_field(l, k, depth + 1, f, base, &wrong[i]))
			goto out;
		if (present(f, base, null))
			keys->v[keys->n++] = (unsigned char)i;
	}
	/* A syntax error next cut this mapping short: nothing is missing. */
	if (!peek(l))
		goto out;
	for (i = 0; i < nf; i++) {
		f = &fields[i];
		if (!f->required)
			continue;
		if (!seen[i])
			bp_problem(l->diags, BP_P_MISSING_KEY, at,
			    "missing required key '%s' in %s", f->key,
			    kind->what);
		else if ((f->type == BP_F_LINE || f->type == BP_F_PROSE) &&
		    !wrong[i] && !present(f, base, 0))
			bp_problem(l->diags, BP_P_EMPTY_VALUE,
			    ((const struct bp_text *)((const char *)base +
			    f->off))->at,
			    "'%s' in %s is empty", f->key, kind->what);
	}
	ok = 1;
out:
	l->held -= unknown.cap * sizeof(*unknown.v);
	free(unknown.v);
	return ok;
}

/*
 * A top-level list of mappings (features, sources...): each item is read
 * into a struct and kept when it has no problem of its own.
 */
static int
read_list(struct loader *l, int k, size_t depth, const struct bp_field *f,
    void *base)
{
	union {
		struct bp_subject	 s;
		struct bp_feature	 f;
		struct bp_section	 c;
		struct bp_faq		 q;
		struct bp_source	 r;
	} item;
	const struct bp_kind	*kind = f->kind;
	void			**arr = (void **)((char *)base + f->off);
	size_t			*n = (size_t *)((char *)base + f->noff);
	struct bp_mark		*at = (struct bp_mark *)((char *)base +
				    f->atoff);
	size_t			 cap = 0, errors;
	char			 q[80];
	int			 kk;

	if (k == N_SCALAR && is_null(l) && !f->required)
		return 1;
	if (k != N_SEQ)
		return wrong_kind(l, k, depth, quoted(q, sizeof(q), f->key),
		    N_SEQ);
	*at = here(l);
	for (;;) {
		if (!next(l))
			return 0;
		if (l->ev.type == YAML_SEQUENCE_END_EVENT)
			break;
		if ((kk = node(l, depth + 1)) < 0)
			return 0;
		if (kk != N_MAP) {
			l->doc->dropped |= kind->list;
			if (!wrong_kind(l, kk, depth + 1, kind->what, N_MAP))
				return 0;
			continue;
		}
		memset(&item, 0, sizeof(item));
		*(struct bp_mark *)((char *)&item + kind->atoff) = here(l);
		errors = l->diags->nerrors;
		if (!read_map(l, kind, depth + 1, &item))
			return 0;
		if (l->diags->nerrors > errors) {
			l->doc->dropped |= kind->list;	/* reported: left out */
			continue;
		}
		/* Kept: the arrays grow as mremap(2) lets them, in place. */
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*arr = bp_reallocarray(*arr, cap, kind->size);
		}
		memcpy((char *)*arr + *n * kind->size, &item, kind->size);
		++*n;
		if (!hold(l, kind->size))
			return 0;
	}
	return 1;
}

/* ---- The document. ---- */

/* Reads exactly one document, a mapping.  Returns 0 after saying why not. */
static int
read_stream(struct loader *l)
{
	int	 k;

	if (!next(l) || l->ev.type != YAML_STREAM_START_EVENT)
		return 0;
	if (!next(l))
		return 0;
	if (l->ev.type == YAML_STREAM_END_EVENT) {
		bp_problem(l->diags, BP_P_EMPTY_INPUT, here(l),
		    "empty input: expected a comparison");
		return 0;
	}
	/* A document start, then its root node. */
	if ((k = next_node(l, 0)) < 0)
		return 0;
	if (k != N_MAP) {
		bp_problem(l->diags, BP_P_WRONG_KIND, here(l),
		    "a comparison must be a mapping, not %s", kind_names[k]);
		return 0;
	}
	if (!read_map(l, &bp_doc_kind, 0, l->doc))
		return 0;
	if (!next(l))		/* the document's end */
		return 0;
	if (!next(l))
		return 0;
	if (l->ev.type == YAML_DOCUMENT_START_EVENT) {
		bp_problem(l->diags, BP_P_MULTIPLE_DOCUMENTS, here(l),
		    "more than one YAML document");
		return 0;
	}
	return 1;
}

static void
stop(struct loader *l)
{
	if (l->live)
		yaml_event_delete(&l->ev);
	l->live = 0;
	if (l->peeked)
		yaml_event_delete(&l->ahead);
	l->peeked = 0;
	yaml_parser_delete(&l->parser);
	free(l->win);
	free(l->tmp);
	free(l->vals);
	free(l->chs);
}

static struct bp_doc *
load(struct loader *l, const char *file)
{
	struct bp_doc	*doc;

	doc = l->doc = bp_calloc(1, sizeof(*doc));
	doc->file = bp_strdup(file);
	if (!read_stream(l)) {
		bp_doc_free(doc);
		doc = NULL;
	} else
		bp_doc_index(doc);
	stop(l);
	return doc;
}

static int
start(struct loader *l, struct bp_diags *diags)
{
	memset(l, 0, sizeof(*l));
	l->diags = diags;
	l->fd = -1;
	l->base = -1;
	l->wmark.line = l->wmark.col = 1;
	if (!yaml_parser_initialize(&l->parser))
		bp_oom();
	/* UTF-8 only: a UTF-16 file is not one of ours. */
	yaml_parser_set_encoding(&l->parser, YAML_UTF8_ENCODING);
	return 1;
}

struct bp_doc *
bp_load(const char *file, const char *text, size_t len,
    struct bp_diags *diags)
{
	struct loader	 l;

	start(&l, diags);
	/* A UTF-8 byte-order mark is harmless; libyaml would refuse it. */
	if (len >= 3 && memcmp(text, LIT(BP_BOM)) == 0) {
		text += 3;
		len -= 3;
	}
	l.text = text;
	l.len = len;
	bp_diags_input(diags, len);
	yaml_parser_set_input_string(&l.parser, (const unsigned char *)text,
	    len);
	return load(&l, file);
}

struct bp_doc *
bp_load_fd(const char *file, int fd, size_t limit, struct bp_diags *diags)
{
	struct loader	 l;

	start(&l, diags);
	l.fd = fd;
	l.limit = limit;
	bp_loader_seekable(&l);
	yaml_parser_set_input(&l.parser, bp_loader_read, &l);
	return load(&l, file);
}
