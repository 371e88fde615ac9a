/* --rows and --subjects: ids given on the command line, resolved in the document's index. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_suggest.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

/* A list of ids an option takes: which items, and how they are found. */
struct idlist {
	const char	*thing;		/* "feature": "no feature 'x'" */
	enum bp_argkind	 kind;		/* whose --ids lists them */
	size_t		 n;		/* how many items there are */
	const struct bp_text *(*id)(const struct bp_doc *, size_t);
	long		 (*find)(const struct bp_doc *, const char *);
};

static const struct bp_text *
feature_id(const struct bp_doc *d, size_t i)
{
	return &d->features[i].id;
}

static long
feature_find(const struct bp_doc *d, const char *id)
{
	const struct bp_feature	*f = bp_feature_by_id(d, id);

	return f != NULL ? (long)(f - d->features) : -1;
}

static const struct bp_text *
subject_id(const struct bp_doc *d, size_t i)
{
	return &d->subjects[i].id;
}

static long
subject_find(const struct bp_doc *d, const char *id)
{
	const struct bp_subject	*s = bp_subject_by_id(d, id);

	return s != NULL ? (long)(s - d->subjects) : -1;
}

/*
 * Resolves a list of ids (--rows, --subjects: comma-separated, any case
 * by ASCII rules, spaces around them allowed) into indexes, in the order
 * given, each once: O(n log n) with the document's index.  Returns 0
 * after reporting an unknown id, with the nearest ones.
 */
static int
resolve_ids(struct bp_ctx *c, const char *arg, const struct idlist *l,
    size_t **out, size_t *nout)
{
	const struct bp_doc	*doc = c->doc;
	struct bp_buf		 msg = BP_BUF_INIT, lister = BP_BUF_INIT;
	unsigned char		*seen;
	char			*copy, *id, *save = NULL, *p;
	size_t			 i, k;
	long			 at;
	int			 ok = 1;

	*out = bp_calloc(l->n + 1, sizeof(**out));
	*nout = 0;
	seen = bp_calloc(l->n + 1, 1);
	copy = bp_strdup(arg);
	for (id = strtok_r(copy, ",", &save); id != NULL;
	    id = strtok_r(NULL, ",", &save)) {
		id += strspn(id, " ");
		for (k = strlen(id); k > 0 && id[k - 1] == ' '; k--)
			id[k - 1] = '\0';
		if (*id == '\0')
			continue;
		/* Ids are lowercase: any case finds them. */
		for (p = id; *p != '\0'; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p = (char)(*p - 'A' + 'a');
		if ((at = l->find(doc, id)) < 0) {
			const char **names;

			names = bp_calloc(l->n + 1, sizeof(*names));
			for (i = 0; i < l->n; i++)
				names[i] = l->id(doc, i)->s;
			/* "compare --ids" lists them. */
			for (i = 0; i < BP_CMD__MAX && lister.len == 0; i++)
				if (c->cmds[i].lists == l->kind)
					bp_buf_printf(&lister, "%s --%s",
					    c->cmds[i].name,
					    bp_options[BP_OPT_IDS].name);
			bp_buf_printf(&msg, "no %s", l->thing);
			bp_not_found(msg.data, id, names, l->n, c->o->data,
			    lister.data);
			bp_buf_free(&lister);
			bp_buf_free(&msg);
			free(names);
			ok = 0;
			break;
		}
		if (!seen[at]) {
			seen[at] = 1;
			(*out)[(*nout)++] = (size_t)at;
		}
	}
	free(copy);
	free(seen);
	return ok;
}

/* --rows and --subjects into c->o; 0 after reporting an unknown id. */
int
bp_select(struct bp_ctx *c)
{
	const struct idlist features = { "feature", BP_ARG_FEATURES,
	    c->doc->nfeatures, feature_id, feature_find };
	const struct idlist subjects = { "subject", BP_ARG_SUBJECTS,
	    c->doc->nsubjects, subject_id, subject_find };
	size_t	*v;

	if (c->a->rows != NULL) {
		if (!resolve_ids(c, c->a->rows, &features, &v, &c->o->nrows)) {
			free(v);
			return 0;
		}
		c->o->rows = v;
	}
	if (c->a->subjects != NULL) {
		if (!resolve_ids(c, c->a->subjects, &subjects, &v,
		    &c->o->ncols)) {
			free(v);
			return 0;
		}
		c->o->cols = v;
	}
	return 1;
}

void
bp_select_free(struct bp_ctx *c)
{
	free((void *)c->o->rows);
	free((void *)c->o->cols);
	c->o->rows = c->o->cols = NULL;
}

/*
 * The document as --subjects has it, for decide: the same document but
 * for its subjects, those listed, in that order, so that every part of
 * decide (the questions, the picks, the tally, every renderer) sees only
 * them.  The view shares everything else with the document: free
 * view->subjects and view->subject_order alone.  0 after reporting an
 * unknown id.
 */
int
bp_subject_view(struct bp_ctx *c, struct bp_doc *view)
{
	const struct idlist subjects = { "subject", BP_ARG_SUBJECTS,
	    c->doc->nsubjects, subject_id, subject_find };
	size_t	*v, n, i;

	if (!resolve_ids(c, c->a->subjects, &subjects, &v, &n)) {
		free(v);
		return 0;
	}
	*view = *c->doc;
	view->subjects = bp_calloc(n + 1, sizeof(*view->subjects));
	for (i = 0; i < n; i++)
		view->subjects[i] = c->doc->subjects[v[i]];
	view->nsubjects = n;
	view->subject_order = bp_sort_by_text(view->subjects, n,
	    sizeof(*view->subjects), offsetof(struct bp_subject, id));
	free(v);
	return 1;
}
