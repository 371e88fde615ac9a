/* decide's answers kept: written as a small YAML file, read back with libyaml, applied to a decision. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "query/bp_decide.h"
#include "query/bp_saved.h"

/* Ids named in a message, at most. */
#define NAMED	8

/* s as a YAML double-quoted scalar: every byte below space escaped. */
static void
quoted(struct bp_buf *out, const char *s, size_t len)
{
	size_t	 i;

	bp_buf_putc(out, '"');
	for (i = 0; s != NULL && i < len; i++) {
		/* Line breaks YAML would fold, and a byte order mark. */
		if (i + 1 < len && memcmp(s + i, "\xc2\x85", 2) == 0) {
			bp_buf_puts(out, "\\N");
			i++;
		} else if (i + 2 < len && (memcmp(s + i, "\xe2\x80\xa8", 3) ==
		    0 || memcmp(s + i, "\xe2\x80\xa9", 3) == 0 ||
		    memcmp(s + i, "\xef\xbb\xbf", 3) == 0)) {
			bp_buf_puts(out, s[i + 2] == '\xa8' ? "\\L" :
			    s[i + 2] == '\xa9' ? "\\P" : "\\uFEFF");
			i += 2;
		} else if (s[i] == '"' || s[i] == '\\')
			bp_buf_printf(out, "\\%c", s[i]);
		else if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			bp_buf_printf(out, "\\x%02x", (unsigned char)s[i]);
		else
			bp_buf_putc(out, s[i]);
	}
	bp_buf_putc(out, '"');
}

static void
quoted_text(struct bp_buf *out, const struct bp_text *t)
{
	quoted(out, t->s != NULL ? t->s : "", t->s != NULL ? t->len : 0);
}

void
bp_saved_write(struct bp_buf *out, const struct bp_decision *dc)
{
	const struct bp_doc	*d = dc->doc;
	struct bp_buf		 id = BP_BUF_INIT;
	size_t			 i, a, n = bp_decision_n(dc);

	bp_buf_puts(out, "# decide's answers: bpolpo decide --answers FILE "
	    "reads them back.\ncomparison: ");
	quoted_text(out, &d->title);
	if (d->updated.s != NULL) {
		bp_buf_puts(out, "\nupdated: ");
		quoted_text(out, &d->updated);
	}
	bp_buf_printf(out, "\nby: %s\nsubjects: [", bp_bys[dc->by]);
	for (i = 0; i < d->nsubjects; i++) {
		if (i > 0)
			bp_buf_puts(out, ", ");
		quoted_text(out, &d->subjects[i].id);
	}
	bp_buf_puts(out, "]\nanswers:");
	if (n == 0)
		bp_buf_puts(out, " []");
	bp_buf_putc(out, '\n');
	for (i = 0; i < n; i++) {
		id.len = 0;
		bp_question_id(&id, dc, i);
		bp_buf_puts(out, "  - {id: ");
		quoted(out, id.data, id.len);
		bp_buf_puts(out, ", answer: ");
		a = dc->by == BP_BY_CRITERIA ? dc->answers[i] : dc->picks[i];
		if (dc->by == BP_BY_CRITERIA)
			bp_buf_puts(out, a == BP_ANS_YES ? "\"yes\"" :
			    a == BP_ANS_NO ? "\"no\"" : "null");
		else if (a == BP_PICK_NONE)
			bp_buf_puts(out, "null");
		else if (a == BP_PICK_EITHER)
			bp_buf_puts(out, "\"" BP_EITHER_WORD "\"");
		else
			quoted_text(out, &d->subjects[a - BP_PICK_SUBJECT].id);
		bp_buf_printf(out, ", weight: %u}\n", (unsigned)dc->weights[i]);
	}
	bp_buf_free(&id);
}

/* ---- Reading. ---- */

/* "FILE:LINE:COL: " before a message about node nd (none: the file's start). */
static void
at(struct bp_buf *err, const char *name, const yaml_node_t *nd)
{
	bp_text_safe_line(err, name, strlen(name));
	if (nd == NULL)
		bp_buf_puts(err, ":1:1: ");
	else
		bp_buf_printf(err, ":%lu:%lu: ",
		    (unsigned long)nd->start_mark.line + 1,
		    (unsigned long)nd->start_mark.column + 1);
}

/* A scalar's text, or NULL for another node or a YAML null. */
static const char *
scalar(const yaml_node_t *nd, size_t *len)
{
	const char	*v;

	if (nd == NULL || nd->type != YAML_SCALAR_NODE)
		return NULL;
	v = (const char *)nd->data.scalar.value;
	*len = nd->data.scalar.length;
	if (nd->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
	    (*len == 0 || strcmp(v, "null") == 0 || strcmp(v, "~") == 0))
		return NULL;
	return v;
}

static int
is_key(const yaml_node_t *k, const char *name)
{
	return k->type == YAML_SCALAR_NODE &&
	    strcmp((const char *)k->data.scalar.value, name) == 0;
}

static void
saved_free(struct bp_saved *sv)
{
	size_t	 i;

	for (i = 0; i < sv->n; i++) {
		free(sv->v[i].id);
		free(sv->v[i].answer);
	}
	free(sv->v);
	free(sv->title);
	free(sv->updated);
	free(sv->subjects);
	memset(sv, 0, sizeof(*sv));
}

/* A copy of scalar nd's text, NUL-ended; NULL for a null. */
static char *
copy(const yaml_node_t *nd)
{
	const char	*v;
	size_t		 len;

	return (v = scalar(nd, &len)) != NULL ? bp_strndup(v, len) : NULL;
}

/* One item of answers: {id, answer, weight}. */
static int
entry(yaml_document_t *doc, const yaml_node_t *nd, const char *name,
    struct bp_saved_answer *e, struct bp_buf *err)
{
	yaml_node_pair_t	*p;
	yaml_node_t		*k, *v;
	const char		*s;
	size_t			 len;

	e->line = nd->start_mark.line + 1;
	e->col = nd->start_mark.column + 1;
	e->weight = BP_WEIGHT_DEFAULT;
	if (nd->type != YAML_MAPPING_NODE) {
		at(err, name, nd);
		bp_buf_puts(err, "an answer is a mapping: {id: ID, answer: "
		    "ANSWER, weight: N}");
		return 0;
	}
	for (p = nd->data.mapping.pairs.start; p < nd->data.mapping.pairs.top;
	    p++) {
		k = yaml_document_get_node(doc, p->key);
		v = yaml_document_get_node(doc, p->value);
		if (is_key(k, "id") && (s = scalar(v, &len)) != NULL)
			e->id = bp_strndup(s, len);
		else if (is_key(k, "answer") && v->type == YAML_SCALAR_NODE)
			e->answer = copy(v);
		else if (is_key(k, "weight") && (s = scalar(v, &len)) != NULL &&
		    len == 1 && *s >= '0' + BP_WEIGHT_MIN &&
		    *s <= '0' + BP_WEIGHT_MAX)
			e->weight = (unsigned char)(*s - '0');
		else {
			at(err, name, is_key(k, "id") || is_key(k, "answer") ||
			    is_key(k, "weight") ? v : k);
			if (is_key(k, "weight"))
				bp_buf_printf(err, "a weight is a number from "
				    "%d to %d", BP_WEIGHT_MIN, BP_WEIGHT_MAX);
			else if (is_key(k, "id") || is_key(k, "answer"))
				bp_buf_puts(err, "an id or an answer is one "
				    "word");
			else {
				bp_buf_puts(err, "unknown key '");
				if (k->type == YAML_SCALAR_NODE)
					bp_text_safe_line(err,
					    (const char *)k->data.scalar.value,
					    k->data.scalar.length);
				bp_buf_puts(err, "' in an answer (id, answer, "
				    "weight)");
			}
			return 0;
		}
	}
	if (e->id == NULL) {
		at(err, name, nd);
		bp_buf_puts(err, "an answer without an id");
		return 0;
	}
	return 1;
}

int
bp_saved_parse(const char *name, const char *data, size_t len,
    struct bp_saved *sv, struct bp_buf *err)
{
	yaml_parser_t		 parser;
	yaml_document_t		 doc;
	yaml_node_t		*root, *k, *v, *it;
	yaml_node_pair_t	*p;
	yaml_node_item_t	*q;
	size_t			 n;
	int			 ok = 1;

	memset(sv, 0, sizeof(*sv));
	sv->by = -1;
	if (!yaml_parser_initialize(&parser))
		bp_oom();
	yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
	if (!yaml_parser_load(&parser, &doc)) {
		/* No problem said: an allocation failed, not the input. */
		if (parser.error == YAML_MEMORY_ERROR ||
		    parser.problem == NULL)
			bp_oom();
		bp_text_safe_line(err, name, strlen(name));
		bp_buf_printf(err, ":%lu:%lu: %s", (unsigned long)
		    parser.problem_mark.line + 1, (unsigned long)
		    parser.problem_mark.column + 1, parser.problem != NULL ?
		    parser.problem : "not YAML");
		yaml_parser_delete(&parser);
		return 0;
	}
	if ((root = yaml_document_get_root_node(&doc)) == NULL ||
	    root->type != YAML_MAPPING_NODE) {
		bp_text_safe_line(err, name, strlen(name));
		bp_buf_puts(err, ":1:1: not saved answers: a mapping with "
		    "comparison, by, subjects and answers");
		ok = 0;
		goto done;
	}
	for (p = root->data.mapping.pairs.start; ok &&
	    p < root->data.mapping.pairs.top; p++) {
		k = yaml_document_get_node(&doc, p->key);
		v = yaml_document_get_node(&doc, p->value);
		if (is_key(k, "comparison") && v->type == YAML_SCALAR_NODE)
			sv->title = copy(v);
		else if (is_key(k, "updated") && v->type == YAML_SCALAR_NODE)
			sv->updated = copy(v);
		else if (is_key(k, "by") && v->type == YAML_SCALAR_NODE &&
		    scalar(v, &n) != NULL) {
			for (sv->by = 0; bp_bys[sv->by] != NULL &&
			    strcmp(bp_bys[sv->by],
			    (const char *)v->data.scalar.value) != 0; sv->by++)
				;
			if (bp_bys[sv->by] == NULL) {
				at(err, name, v);
				bp_buf_puts(err, "by is criteria or features");
				ok = 0;
			}
		} else if (is_key(k, "subjects") &&
		    v->type == YAML_SEQUENCE_NODE)
			sv->nsubjects = (size_t)(v->data.sequence.items.top -
			    v->data.sequence.items.start);
		else if (is_key(k, "answers") && v->type == YAML_SEQUENCE_NODE) {
			n = (size_t)(v->data.sequence.items.top -
			    v->data.sequence.items.start);
			sv->v = bp_calloc(n + 1, sizeof(*sv->v));
			for (q = v->data.sequence.items.start; ok &&
			    q < v->data.sequence.items.top; q++) {
				it = yaml_document_get_node(&doc, *q);
				ok = entry(&doc, it, name, &sv->v[sv->n++], err);
			}
		} else {
			at(err, name, k);
			if (k->type == YAML_SCALAR_NODE && (is_key(k,
			    "comparison") || is_key(k, "updated") ||
			    is_key(k, "by") || is_key(k, "subjects") ||
			    is_key(k, "answers")))
				bp_buf_printf(err, "%s has the wrong form",
				    (const char *)k->data.scalar.value);
			else {
				bp_buf_puts(err, "unknown key");
				if (k->type == YAML_SCALAR_NODE) {
					bp_buf_puts(err, " '");
					bp_text_safe_line(err, (const char *)
					    k->data.scalar.value,
					    k->data.scalar.length);
					bp_buf_putc(err, '\'');
				}
				bp_buf_puts(err, " (comparison, updated, by, "
				    "subjects, answers)");
			}
			ok = 0;
		}
	}
	if (ok && sv->v == NULL) {
		bp_text_safe_line(err, name, strlen(name));
		bp_buf_puts(err, ":1:1: no answers: key");
		ok = 0;
	}
done:
	yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	if (!ok)
		saved_free(sv);
	return ok;
}

void
bp_saved_free(struct bp_saved *sv)
{
	saved_free(sv);
}

/* "a, b, c and 3 more": ids from an entry list, made safe. */
static void
names(struct bp_buf *out, const struct bp_saved *sv, const size_t *which,
    size_t n)
{
	size_t	 k;

	for (k = 0; k < n && k < NAMED; k++) {
		if (k > 0)
			bp_buf_puts(out, ", ");
		bp_text_safe_line(out, sv->v[which[k]].id,
		    strlen(sv->v[which[k]].id));
	}
	if (n > NAMED)
		bp_buf_printf(out, " and %zu more", n - NAMED);
}

/* The question an id names, or bp_decision_n() when none does. */
static size_t
question_of(const struct bp_decision *dc, const char *id)
{
	const struct bp_feature	*f;
	size_t			 i, n = bp_decision_n(dc);

	if (dc->by == BP_BY_CRITERIA)
		return bp_criteria_find(&dc->crit, id, strlen(id));
	for (i = 0; id[i] != '\0'; i++)
		if (id[i] >= 'A' && id[i] <= 'Z')
			return n;
	f = bp_feature_by_id(dc->doc, id);
	return f != NULL ? (size_t)(f - dc->doc->features) : n;
}

/* An answer's word as a value: 1 and *value, or 0. */
static int
answer_of(const struct bp_decision *dc, const char *a, size_t *value)
{
	const struct bp_subject	*s;

	if (a == NULL)
		*value = 0;
	else if (dc->by == BP_BY_CRITERIA)
		*value = strcmp(a, "yes") == 0 ? BP_ANS_YES :
		    strcmp(a, "no") == 0 ? BP_ANS_NO : SIZE_MAX;
	else if (strcmp(a, BP_EITHER_WORD) == 0)
		*value = BP_PICK_EITHER;
	else if ((s = bp_subject_by_id(dc->doc, a)) != NULL)
		*value = BP_PICK_SUBJECT + (size_t)(s - dc->doc->subjects);
	else
		*value = SIZE_MAX;
	return *value != SIZE_MAX;
}

int
bp_saved_apply(const struct bp_saved *sv, const char *name,
    struct bp_decision *dc, struct bp_buf *err, struct bp_buf *warn)
{
	const struct bp_doc	*d = dc->doc;
	size_t			*gone, ngone = 0, i, k, value;
	int			 other;

	other = (sv->title == NULL) != (d->title.s == NULL) ||
	    (sv->title != NULL && strcmp(sv->title, d->title.s) != 0);
	gone = bp_calloc(sv->n + 1, sizeof(*gone));
	for (k = 0; k < sv->n; k++) {
		if ((i = question_of(dc, sv->v[k].id)) == bp_decision_n(dc)) {
			gone[ngone++] = k;
			continue;
		}
		if (!answer_of(dc, sv->v[k].answer, &value)) {
			bp_text_safe_line(err, name, strlen(name));
			bp_buf_printf(err, ":%zu:%zu: answer '", sv->v[k].line,
			    sv->v[k].col);
			bp_text_safe_line(err, sv->v[k].answer,
			    strlen(sv->v[k].answer));
			bp_buf_puts(err, dc->by == BP_BY_CRITERIA ?
			    "' is none of yes, no or null" :
			    "' is no subject's id, " BP_EITHER_WORD " or null");
			free(gone);
			return 0;
		}
		if (dc->by == BP_BY_CRITERIA)
			dc->answers[i] = (unsigned char)value;
		else
			dc->picks[i] = value;
		dc->weights[i] = sv->v[k].weight;
	}
	if (ngone > 0 && ngone == sv->n) {
		bp_text_safe_line(err, name, strlen(name));
		bp_buf_puts(err, other ? ": saved for another comparison" :
		    ": its answers are to questions gone");
		bp_buf_puts(err, "; none of its ids is here: ");
		names(err, sv, gone, ngone);
		free(gone);
		return 0;
	}
	if (other || (sv->updated != NULL && d->updated.s != NULL &&
	    strcmp(sv->updated, d->updated.s) != 0)) {
		bp_text_safe_line(warn, name, strlen(name));
		bp_buf_puts(warn, ": saved from '");
		if (sv->title != NULL)
			bp_text_safe_line(warn, sv->title, strlen(sv->title));
		bp_buf_puts(warn, "'");
		if (sv->updated != NULL) {
			bp_buf_puts(warn, " of ");
			bp_text_safe_line(warn, sv->updated,
			    strlen(sv->updated));
		}
		bp_buf_puts(warn, ", not '");
		if (d->title.s != NULL)
			bp_text_safe_line(warn, d->title.s, d->title.len);
		bp_buf_puts(warn, "'");
		if (d->updated.s != NULL) {
			bp_buf_puts(warn, " of ");
			bp_text_safe_line(warn, d->updated.s, d->updated.len);
		}
		bp_buf_putc(warn, '\n');
	}
	if (ngone > 0) {
		bp_text_safe_line(warn, name, strlen(name));
		bp_buf_printf(warn, ": %s no longer here, left out: ",
		    ngone == 1 ? "an answer's question is" :
		    "answers' questions are");
		names(warn, sv, gone, ngone);
		bp_buf_putc(warn, '\n');
	}
	free(gone);
	return 1;
}
