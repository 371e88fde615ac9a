/* The comparison as YAML, through libyaml's emitter: what 'dump --format yaml' prints. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "model/bp_schema.h"
#include "render/bp_render.h"

/*
 * The emitter writes its events as YAML, choosing quoting by itself:
 * plain where YAML allows, quoted where a text would read as something
 * else.  bpolpo chooses in three cases: a literal block for text with a
 * line break, double quotes for text the loader would read as null
 * ("null", "~"), and double quotes for text with a hidden character
 * (bidi controls, which libyaml counts printable), escaped afterwards.
 */
struct emit {
	yaml_emitter_t	 e;
	struct bp_buf	*out;
	char		 part[4];	/* a character cut by the emitter's chunks */
	size_t		 npart;
};

/*
 * One character of the output, whole: a hidden one, which only a double-
 * quoted text holds, as a YAML escape ("\u202E"); libyaml writes those
 * it counts printable raw.
 */
static void
put_char(struct bp_buf *out, const char *s, size_t n)
{
	uint32_t	 c;

	if (n > 1 && bp_utf8_decode(s, n, &c) == n && bp_char_hidden(c))
		bp_buf_printf(out, c > 0xffff ? "\\U%08X" : "\\u%04X",
		    (unsigned)c);
	else
		bp_buf_putn(out, s, n);
}

/* The length of the UTF-8 sequence that starts with byte b (1 if bad). */
static size_t
seq_len(unsigned char b)
{
	return b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
}

/*
 * libyaml's output as it comes, a chunk at a time, into the buffer
 * (which may be flushed as it fills): escaped here, so that no part of
 * it goes out raw.
 */
static int
write_out(void *arg, unsigned char *p, size_t n)
{
	struct emit	*m = arg;
	size_t		 i = 0, k, run;

	/* The rest of a character the last chunk cut. */
	while (m->npart > 0 && i < n) {
		m->part[m->npart++] = (char)p[i++];
		if (m->npart == seq_len((unsigned char)m->part[0]) ||
		    (p[i - 1] & 0xc0) != 0x80) {
			put_char(m->out, m->part, m->npart);
			m->npart = 0;
		}
	}
	while (i < n) {
		for (run = i; run < n && p[run] < 0x80; run++)
			;
		bp_buf_putn(m->out, (const char *)p + i, run - i);
		if ((i = run) == n)
			break;
		k = seq_len(p[i]);
		if (i + k > n) {
			m->npart = n - i;
			memcpy(m->part, p + i, m->npart);
			break;
		}
		put_char(m->out, (const char *)p + i, k);
		i += k;
	}
	return 1;
}

/*
 * Emits an event its initializer made.  libyaml fails only on memory (its
 * own) or a misuse, which is a bug; an event not made is not emitted.
 */
static void
ev(struct emit *m, yaml_event_t *event, int made)
{
	if (!made || !yaml_emitter_emit(&m->e, event))
		bp_oom();
}

/* Whether s holds a character bpolpo never writes raw, a newline and a tab apart. */
static int
has_hidden(const char *s, size_t len)
{
	size_t		 i, n;
	uint32_t	 c;

	for (i = 0; i < len; i += n) {
		if ((unsigned char)s[i] < 0x80) {
			n = 1;
			if (s[i] != '\n' && s[i] != '\t' &&
			    bp_char_hidden((unsigned char)s[i]))
				return 1;
			continue;
		}
		n = bp_utf8_decode(s + i, len - i, &c);
		if (bp_char_hidden(c))
			return 1;
	}
	return 0;
}

static int
nullish(const char *s, size_t len)
{
	return len == 0 || (len == 1 && s[0] == '~') || (len == 4 &&
	    (memcmp(s, "null", 4) == 0 || memcmp(s, "Null", 4) == 0 ||
	    memcmp(s, "NULL", 4) == 0));
}

static void
scalar(struct emit *m, const char *s, size_t len)
{
	yaml_event_t		 event;
	yaml_scalar_style_t	 style = YAML_ANY_SCALAR_STYLE;

	if (has_hidden(s, len) || nullish(s, len))
		style = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	else if (memchr(s, '\n', len) != NULL)
		style = YAML_LITERAL_SCALAR_STYLE;
	/* libyaml takes int lengths: a text is at most 64 MiB. */
	ev(m, &event, yaml_scalar_event_initialize(&event, NULL, NULL,
	    (yaml_char_t *)s, (int)len, 1, 1, style));
}

static void
key(struct emit *m, const char *k)
{
	scalar(m, k, strlen(k));
}

static void
text(struct emit *m, const struct bp_text *t)
{
	scalar(m, t->s != NULL ? t->s : "", t->s != NULL ? t->len : 0);
}

static void
map_start(struct emit *m)
{
	yaml_event_t	 event;

	ev(m, &event, yaml_mapping_start_event_initialize(&event, NULL, NULL, 1,
	    YAML_BLOCK_MAPPING_STYLE));
}

static void
map_end(struct emit *m)
{
	yaml_event_t	 event;

	ev(m, &event, yaml_mapping_end_event_initialize(&event));
}

static void
seq_start(struct emit *m)
{
	yaml_event_t	 event;

	ev(m, &event, yaml_sequence_start_event_initialize(&event, NULL, NULL, 1,
	    YAML_BLOCK_SEQUENCE_STYLE));
}

static void
seq_end(struct emit *m)
{
	yaml_event_t	 event;

	ev(m, &event, yaml_sequence_end_event_initialize(&event));
}

static void
texts(struct emit *m, const struct bp_texts *t)
{
	size_t	 i;

	seq_start(m);
	for (i = 0; i < t->n; i++)
		text(m, &t->v[i]);
	seq_end(m);
}

/* Whether the file gave field number k of its struct's table. */
static int
given(const struct bp_keys *keys, size_t k)
{
	size_t	 i;

	for (i = 0; i < keys->n; i++)
		if (keys->v[i] == k)
			return 1;
	return 0;
}

/* A feature's values, in the order of the subjects, as JSON has them. */
static void
values(struct emit *m, const struct bp_doc *d, const struct bp_feature *f)
{
	struct bp_by_subject	 by;
	const struct bp_value	**v;
	size_t			 i;

	bp_by_subject_init(&by, d);
	v = bp_calloc(d->nsubjects, sizeof(*v));
	bp_by_subject(&by, f, v);
	map_start(m);
	for (i = 0; i < d->nsubjects; i++)
		if (v[i] != NULL) {
			text(m, &v[i]->subject);
			text(m, &v[i]->text);
		}
	map_end(m);
	free(v);
	bp_by_subject_free(&by);
}

static void
choose(struct emit *m, const struct bp_doc *d)
{
	const struct bp_choice	*c;
	size_t			 i;

	map_start(m);
	for (i = 0; i < d->nsubjects; i++)
		if ((c = bp_choice_for(d, d->subjects[i].id.s)) != NULL) {
			text(m, &c->subject);
			texts(m, &c->items);
		}
	map_end(m);
}

static void	object(struct emit *, const struct bp_doc *, const void *,
		    const struct bp_kind *);

/* A top-level list of mappings (features, sources...). */
static void
items(struct emit *m, const struct bp_doc *d, const struct bp_field *f)
{
	const char	*arr = *(const char *const *)((const char *)d + f->off);
	size_t		 n = *(const size_t *)((const char *)d + f->noff), i;

	seq_start(m);
	for (i = 0; i < n; i++)
		object(m, d, arr + i * f->kind->size, f->kind);
	seq_end(m);
}

/* A struct as a mapping: the keys it was given, in the format's order. */
static void
object(struct emit *m, const struct bp_doc *d, const void *base,
    const struct bp_kind *kind)
{
	const struct bp_keys	*keys = (const struct bp_keys *)
				    ((const char *)base + kind->keysoff);
	const struct bp_field	*f;
	const void		*at;
	size_t			 k;

	map_start(m);
	for (k = 0, f = kind->fields; f->key != NULL; f++, k++) {
		if (!given(keys, k))
			continue;
		at = (const char *)base + f->off;
		key(m, f->key);
		switch (f->type) {
		case BP_F_LINE:
		case BP_F_PROSE:
			text(m, at);
			break;
		case BP_F_LINES:
		case BP_F_REFS:
			texts(m, at);
			break;
		case BP_F_EDGE:
			if (((const struct bp_text *)at)->s != NULL)
				text(m, at);
			else
				texts(m, (const void *)((const char *)base +
				    f->noff));
			break;
		case BP_F_VALUES:
			values(m, d, base);
			break;
		case BP_F_CHOOSE:
			choose(m, d);
			break;
		case BP_F_LIST:
			items(m, d, f);
			break;
		}
	}
	map_end(m);
}

void
bp_yaml_dump(struct bp_buf *out, const struct bp_doc *d)
{
	struct emit	 m;
	yaml_event_t	 event;

	memset(&m, 0, sizeof(m));
	m.out = out;
	if (!yaml_emitter_initialize(&m.e))
		bp_oom();
	yaml_emitter_set_output(&m.e, write_out, &m);
	yaml_emitter_set_unicode(&m.e, 1);
	/* One text, one line: an editor wraps; YAML's folding need not. */
	yaml_emitter_set_width(&m.e, -1);
	yaml_emitter_set_indent(&m.e, 2);
	ev(&m, &event, yaml_stream_start_event_initialize(&event,
	    YAML_UTF8_ENCODING));
	ev(&m, &event, yaml_document_start_event_initialize(&event, NULL, NULL,
	    NULL, 1));
	object(&m, d, d, &bp_doc_kind);
	ev(&m, &event, yaml_document_end_event_initialize(&event, 1));
	ev(&m, &event, yaml_stream_end_event_initialize(&event));
	yaml_emitter_delete(&m.e);
	if (m.npart > 0)
		bp_buf_putn(out, m.part, m.npart);	/* cannot be: UTF-8 in */
}

static void
yaml_dump(struct bp_buf *out, const struct bp_doc *d, const struct bp_opts *o)
{
	(void)o;
	bp_yaml_dump(out, d);
}

const struct bp_renderer bp_yaml_renderer = {
	.dump = yaml_dump,
};
