/* faq, show and sources: a list of items, or the one a query names. */
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_shell.h"
#include "base/bp_suggest.h"
#include "model/bp_doc.h"
#include "query/bp_lookup.h"
#include "query/bp_search.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

/* What each list holds, for messages: "no question", "several questions". */
static const struct {
	const char	*thing;
	const char	*things;
} lists[BP_LIST__MAX] = {
	[BP_LIST_FAQ] = { "question", "questions" },
	[BP_LIST_SECTIONS] = { "section", "sections" },
	[BP_LIST_SOURCES] = { "source", "sources" },
};

/* A query's content words, kept for the search they may be given to. */
struct lookup_words {
	char	**v;
	size_t	  n;
};

/*
 * Nothing found: for a number, how many there are; else the nearest ids
 * (and keywords) when some is near, else the search that finds the
 * query's content words when there is one (not words as common as "what
 * is"), else the command that lists them all.
 */
static void
not_found(struct bp_ctx *c, enum bp_list l, const char *query,
    const struct bp_match *m, struct lookup_words *lw, struct bp_query *sq)
{
	const char	**names;
	struct bp_buf	 msg = BP_BUF_INIT;
	size_t		 i, k, n = 0;
	int		 near = 0;

	for (i = 0; i < bp_list_n(c->doc, l); i++)
		n += 1 + (l == BP_LIST_FAQ ? c->doc->faqs[i].keywords.n : 0);
	names = bp_calloc(n + 1, sizeof(*names));
	for (n = 0, i = 0; i < bp_list_n(c->doc, l); i++) {
		names[n++] = bp_list_id(c->doc, l, i)->s;
		for (k = 0; l == BP_LIST_FAQ &&
		    k < c->doc->faqs[i].keywords.n; k++)
			names[n++] = c->doc->faqs[i].keywords.v[k].s;
	}
	if (m->miss == BP_MISS_NUMBER)
		bp_buf_printf(&msg, "no %s number %s (there %s %zu)",
		    lists[l].thing, query, bp_list_n(c->doc, l) == 1 ? "is" :
		    "are", bp_list_n(c->doc, l));
	else {
		bp_buf_printf(&msg, "no %s matches '%s'", lists[l].thing, query);
		near = bp_suggest(&msg, query, names, n) > 0;
	}
	/* The words that say something, searched for one by one. */
	if (!near && m->miss == BP_MISS_WORDS &&
	    (lw->n = bp_content_words(query, &lw->v)) > 0 &&
	    bp_search(c->doc, lw->v, lw->n, sq) > 0) {
		bp_buf_puts(&msg, "; '");
		bp_search_command(&msg, sq, c->o->data);
		bp_buf_printf(&msg, "' finds the words in %zu item%s",
		    sq->nitems, sq->nitems == 1 ? "" : "s");
	} else if (!near) {
		bp_buf_puts(&msg, "; '");
		bp_command(&msg, c->o->data, c->cmds[c->a->cmd].name);
		bp_buf_puts(&msg, "' lists them");
	}
	bp_warnx("%s", msg.data);
	bp_buf_free(&msg);
	free(names);
}

/* The ids of n items of a list (v: their indexes; NULL: the first n). */
static void
list_ids(struct bp_ctx *c, enum bp_list l, const size_t *v, size_t n)
{
	const struct bp_text	**id, **name;
	size_t			 i;

	id = bp_calloc(n + 1, sizeof(*id));
	name = bp_calloc(n + 1, sizeof(*name));
	for (i = 0; i < n; i++) {
		id[i] = bp_list_id(c->doc, l, v != NULL ? v[i] : i);
		name[i] = bp_list_name(c->doc, l, v != NULL ? v[i] : i);
	}
	bp_cmd_ids(c, id, name, n);
	free(id);
	free(name);
}

/*
 * faq, show and sources: the list, or the one item a query names, the
 * same way for the three.
 */
static int
items(struct bp_ctx *c, enum bp_list l)
{
	const struct bp_renderer	*R = bp_cmd_renderer(c);
	struct bp_match			 m;
	struct bp_query			 sq;
	struct lookup_words		 lw = { NULL, 0 };
	enum bp_found			 found;
	char				*query;
	size_t				 i, w;
	int				 rc = BP_EXIT_OK;

	memset(&sq, 0, sizeof(sq));
	memset(&m, 0, sizeof(m));
	if (c->a->npos == 0 && c->a->ids != BP_IDS_NONE) {
		/* Every id, in the list's order. */
		list_ids(c, l, NULL, bp_list_n(c->doc, l));
		return BP_EXIT_OK;
	}
	if (c->a->npos == 0) {
		if (l == BP_LIST_FAQ)
			R->faq_list(c->out, c->doc, c->o);
		else if (l == BP_LIST_SECTIONS)
			R->section_list(c->out, c->doc, c->o);
		else
			R->sources(c->out, c->doc, c->o);
		return BP_EXIT_OK;
	}
	query = bp_cmd_query(c->a);
	found = bp_find(c->doc, l, query, &m);
	if (c->a->ids != BP_IDS_NONE) {
		/* The ids the query may mean, best first. */
		list_ids(c, l, m.v, m.n);
		if (m.n == 0) {
			not_found(c, l, query, &m, &lw, &sq);
			rc = BP_EXIT_FAIL;
		}
		goto out;
	}
	c->o->query = query;
	switch (found) {
	case BP_FOUND:
		if (l == BP_LIST_FAQ)
			R->faq(c->out, c->doc, &c->doc->faqs[m.v[0]], c->o);
		else if (l == BP_LIST_SECTIONS)
			R->section(c->out, c->doc, &c->doc->sections[m.v[0]],
			    c->o);
		else
			R->source(c->out, c->doc, &c->doc->sources[m.v[0]], c->o);
		break;
	case BP_AMBIGUOUS:
		bp_warnx("'%s' matches several %s:", query, lists[l].things);
		for (w = 0, i = 0; i < m.best; i++)
			if (bp_list_id(c->doc, l, m.v[i])->len > w)
				w = bp_list_id(c->doc, l, m.v[i])->len;
		for (i = 0; i < m.best; i++)
			bp_warnx_more("%-*s  %s", (int)w, bp_list_id(c->doc, l,
			    m.v[i])->s, bp_list_name(c->doc, l, m.v[i])->s);
		if (c->a->format == BP_FORMAT_JSON)
			bp_json_lookup(c->out, c->doc, c->cmds[c->a->cmd].name, l,
			    query, &m, NULL, c->o);
		rc = BP_EXIT_FAIL;
		break;
	case BP_NOT_FOUND:
		not_found(c, l, query, &m, &lw, &sq);
		if (c->a->format == BP_FORMAT_JSON)
			bp_json_lookup(c->out, c->doc, c->cmds[c->a->cmd].name, l,
			    query, &m, sq.nitems > 0 ? &sq : NULL, c->o);
		rc = BP_EXIT_FAIL;
		break;
	}
	c->o->query = NULL;
out:
	bp_query_free(&sq);
	bp_words_free(lw.v, lw.n);
	bp_match_free(&m);
	free(query);
	return rc;
}

int
bp_cmd_faq(struct bp_ctx *c)
{
	return items(c, BP_LIST_FAQ);
}

int
bp_cmd_show(struct bp_ctx *c)
{
	return items(c, BP_LIST_SECTIONS);
}

int
bp_cmd_sources(struct bp_ctx *c)
{
	return items(c, BP_LIST_SOURCES);
}
