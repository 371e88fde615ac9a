/* The commands: one table of names, help and bodies, which main.c runs and everything else reads. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_output.h"
#include "base/bp_suggest.h"
#include "base/bp_text.h"
#include "model/bp_data.h"
#include "model/bp_doc.h"
#include "model/bp_input.h"
#include "query/bp_decide.h"
#include "query/bp_diff.h"
#include "query/bp_lookup.h"
#include "query/bp_search.h"
#include "render/bp_render.h"
#include "render/bp_term.h"
#include "cli/bp_ask.h"
#include "cli/bp_cli.h"


static int	cmd_overview(struct bp_ctx *);
static int	cmd_compare(struct bp_ctx *);
static int	cmd_verdict(struct bp_ctx *);
static int	cmd_faq(struct bp_ctx *);
static int	cmd_show(struct bp_ctx *);
static int	cmd_sources(struct bp_ctx *);
static int	cmd_search(struct bp_ctx *);
static int	cmd_check(struct bp_ctx *);
static int	cmd_dump(struct bp_ctx *);
static int	cmd_export(struct bp_ctx *);
static int	decide(struct bp_ctx *, const struct bp_doc *);
static int	cmd_init(struct bp_ctx *);
static int	cmd_diff(struct bp_ctx *);
static int	cmd_decide(struct bp_ctx *);
static int	cmd_completion(struct bp_ctx *);
static int	cmd_help(struct bp_ctx *);

/* A table row, its fields named: the table reads in columns. */
#define CMD(id, name_, args_, min_, max_, flags_, argkind_, lists_, \
    summary_, help_, example_, run_) \
	[id] = { .name = (name_), .args = (args_), .minargs = (min_), \
	    .maxargs = (max_), .flags = (flags_), .argkind = (argkind_), \
	    .lists = (lists_), \
	    .summary = (summary_), .help = (help_), .example = (example_), \
	    .run = (run_) }

const struct bp_command bp_commands[BP_CMD__MAX] = {
	/*
	 * id, name, arguments, at least, at most, flags, what the arguments
	 * are, what its --ids lists for an option's value, summary, help, example, the function that runs it
	 */
	CMD(BP_CMD_OVERVIEW, "overview", "", 0, 0, BP_CF_DATA, BP_ARG_NONE,
	    BP_ARG_NONE,
	    "Title, quick verdict and the commands (the default)",
	    "Print the title, the date, the quick verdict and the commands.  "
	    "This is what bpolpo prints without a command.",
	    "bpolpo", cmd_overview),
	CMD(BP_CMD_COMPARE, "compare", "", 0, 0, BP_CF_DATA, BP_ARG_NONE,
	    BP_ARG_FEATURES,
	    "Feature-by-feature table",
	    "Print the feature table: one row per feature, one column per "
	    "subject, and an edge column that names the subject with the "
	    "edge or says Tie (one line under the table when every row has "
	    "the same edge).  Cells wrap inside their column; on a narrow "
	    "screen each feature is printed as a block instead.  --rows "
	    "ID,ID... shows only those features, in that order, and "
	    "--subjects ID,ID... only those subjects.",
	    "bpolpo compare --width 100", cmd_compare),
	CMD(BP_CMD_VERDICT, "verdict", "", 0, 0, BP_CF_DATA, BP_ARG_NONE,
	    BP_ARG_SUBJECTS,
	    "Quick verdict and when to choose each subject",
	    "Print the quick verdict, then each subject's \"Choose ... if\" "
	    "list.  --subjects ID,ID... shows only those subjects, in that "
	    "order; --ids lists the subject ids.",
	    "bpolpo verdict", cmd_verdict),
	CMD(BP_CMD_FAQ, "faq", "[QUERY...]", 0, SIZE_MAX,
	    BP_CF_DATA, BP_ARG_QUERY, BP_ARG_NONE,
	    "List the questions, or answer one",
	    "Without QUERY, list the questions, numbered, each with its id.  "
	    "With QUERY, print that question, its answer and its sources.  "
	    "QUERY is an id (any case), a number from the list, a keyword, or "
	    "words of the question; words of the answer only support a "
	    "question named so.  Several questions as likely are listed on "
	    "standard error.",
	    "bpolpo faq upl", cmd_faq),
	CMD(BP_CMD_SHOW, "show", "[QUERY...]", 0, SIZE_MAX,
	    BP_CF_DATA, BP_ARG_QUERY, BP_ARG_NONE,
	    "List the sections, or print one",
	    "Without QUERY, list the prose sections with their ids and titles.  "
	    "With QUERY, an id (any case), a number from the list or words of "
	    "a title, print that section and its sources.",
	    "bpolpo show compliance", cmd_show),
	CMD(BP_CMD_SOURCES, "sources", "[QUERY...]", 0, SIZE_MAX,
	    BP_CF_DATA, BP_ARG_QUERY, BP_ARG_NONE,
	    "Cited sources, or one of them",
	    "Print the cited sources, numbered, with publisher and URL: the "
	    "numbers faq and show print.  With QUERY, an id, a number or words "
	    "of a title, print that source.",
	    "bpolpo sources", cmd_sources),
	CMD(BP_CMD_SEARCH, "search", "TERM...", 1, SIZE_MAX,
	    BP_CF_DATA, BP_ARG_TERMS, BP_ARG_NONE,
	    "Find words anywhere in the comparison",
	    "Print every item (a feature, a question, a section, a source, "
	    "the summary...) that holds all the TERMs, in any of its texts, "
	    "with an excerpt around each match and the command that shows "
	    "the item whole.  Case is folded; a TERM with spaces (quote it) "
	    "matches as a phrase.  Nothing found exits 1.",
	    "bpolpo search 'attorney supervision'", cmd_search),
	CMD(BP_CMD_CHECK, "check", "[FILE]", 0, 1, BP_CF_DATA | BP_CF_ANSWER,
	    BP_ARG_FILE, BP_ARG_NONE,
	    "Validate a data file and report every problem",
	    "Read FILE ('-': standard input), or the data in use, and report "
	    "every problem on standard error as FILE:LINE:COL: error: or "
	    "warning: and a message, then a count on standard output.  Exit 0 "
	    "when there is no error, 1 otherwise.  With --json the problems "
	    "and the count are one document on standard output.",
	    "bpolpo check mine.yaml", cmd_check),
	CMD(BP_CMD_DUMP, "dump", "", 0, 0, BP_CF_DATA, BP_ARG_NONE,
	    BP_ARG_NONE,
	    "The whole comparison as JSON, or as YAML",
	    "Print the whole comparison as one JSON document: the same keys "
	    "and values as the data file, key for key, in the file's order; "
	    "--compact prints it on one line.  With --format yaml, print it "
	    "as a data file in canonical form: the format's order, block "
	    "style, quotes only where YAML needs them, which reads back the "
	    "same ('bpolpo dump --format yaml > mine.yaml' starts a "
	    "comparison from the built-in one).",
	    "bpolpo dump --compact | jq -r '.features[].label'", cmd_dump),
	CMD(BP_CMD_EXPORT, "export", "", 0, 0, BP_CF_DATA, BP_ARG_NONE,
	    BP_ARG_NONE,
	    "The whole comparison as one document: text, Markdown, HTML, JSON",
	    "Print the whole comparison as one document: the title and date, "
	    "the quick verdict, the \"Choose ... if\" lists, the feature "
	    "table, the sections, the FAQ and the sources.  --format markdown "
	    "gives one page with a table of contents and citations linked to "
	    "the sources; --format html a standalone web page (no script, no "
	    "request); --format json the same as dump.  -o FILE gets exactly "
	    "what standard output would, or on any failure stays as it was.",
	    "bpolpo export --format html -o comparison.html", cmd_export),
	CMD(BP_CMD_INIT, "init", "[FILE]", 0, 1, 0, BP_ARG_FILE,
	    BP_ARG_NONE,
	    "Start a comparison: write a commented starter file",
	    "Write a starter comparison to FILE, or to standard output with "
	    "'-' or no FILE: commented YAML that uses every key of the format "
	    "once, which check passes as it is.  An existing FILE is left "
	    "alone (exit 2) unless --force; it is then replaced whole, never "
	    "half written.  bpolpo(5) shows the same file.",
	    "bpolpo init mine.yaml", cmd_init),
	CMD(BP_CMD_DIFF, "diff", "OLD NEW", 2, 2, BP_CF_ANSWER | BP_CF_TROUBLE2,
	    BP_ARG_SIDE, BP_ARG_NONE,
	    "What changed between two comparisons",
	    "Compare two data files, OLD and NEW, item by item, matched by "
	    "id: the title, date and summary; subjects, features (their "
	    "values, edges and order), choose lists, sections, questions and "
	    "sources added, removed, moved or changed, changed words marked.  "
	    "Either may be '-' (standard input) or '" BP_BUILTIN_WORD "', the "
	    "built-in comparison.  Exit 0 when they are the same, 1 when they "
	    "differ, 2 on trouble, as diff(1).",
	    "bpolpo diff " BP_BUILTIN_WORD " mine.yaml", cmd_diff),
	CMD(BP_CMD_DECIDE, "decide", "", 0, 0, BP_CF_DATA, BP_ARG_NONE,
	    BP_ARG_CRITERIA,
	    "Check which subject fits your situation",
	    "Ask, on a terminal, whether each \"Choose ... if\" criterion "
	    "describes your situation (y, n, Enter to skip, b to go back, q "
	    "to quit, ? for help), the subjects taking turns; then print how "
	    "many of each subject's criteria fit, which way your answers lean, "
	    "the features that bear on it and the section to read on.  "
	    "Criteria have ids SUBJECT.N: --list shows them, and --yes IDS "
	    "and --no IDS answer without asking.  --by features asks instead "
	    "which subject's value of each feature describes your need "
	    "(--pick FEATURE=SUBJECT,... without asking).  It tallies the "
	    "comparison's own criteria; it is not advice.",
	    "bpolpo decide --list", cmd_decide),
	CMD(BP_CMD_COMPLETION, "completion", "SHELL", 1, 1, 0, BP_ARG_SHELL,
	    BP_ARG_NONE,
	    "A completion script for bash, zsh or fish",
	    "Print a script that completes bpolpo's commands, options, option "
	    "values and the ids that commands take (asking bpolpo for them, "
	    "so a --data file completes too) in SHELL: bash, zsh or fish.  "
	    "'make install' puts them where each shell looks.",
	    "source <(bpolpo completion bash)", cmd_completion),
	CMD(BP_CMD_HELP, "help", "[COMMAND]", 0, 1, 0, BP_ARG_COMMAND,
	    BP_ARG_NONE,
	    "Help on a command",
	    "Print help on COMMAND, or on bpolpo as a whole.",
	    "bpolpo help faq", cmd_help),
};

static const struct bp_renderer *
renderer(const struct bp_ctx *c)
{
	static const struct bp_renderer *const renderers[BP_FORMAT__MAX] = {
		&bp_term_renderer,	/* BP_FORMAT_TEXT */
		&bp_md_renderer,	/* BP_FORMAT_MARKDOWN */
		&bp_json_renderer,	/* BP_FORMAT_JSON */
		&bp_json_renderer,	/* BP_FORMAT_YAML: dump's alone */
		&bp_csv_renderer,	/* BP_FORMAT_CSV */
		&bp_tsv_renderer,	/* BP_FORMAT_TSV */
		&bp_html_renderer,	/* BP_FORMAT_HTML */
	};

	return renderers[c->a->format];
}

/* The arguments as one query: the words joined by spaces. */
static char *
joined(const struct bp_args *a)
{
	struct bp_buf	 b = BP_BUF_INIT;
	size_t		 i;

	for (i = 0; i < a->npos; i++) {
		if (i > 0)
			bp_buf_putc(&b, ' ');
		bp_buf_puts(&b, a->pos[i]);
	}
	return bp_buf_take(&b);
}

/* Ids for shells and scripts: plain lines, or a JSON array. */
static void
ids(struct bp_ctx *c, const struct bp_text *const *id,
    const struct bp_text *const *text, size_t n)
{
	struct bp_ids	 list = { id, text, n, c->a->ids == BP_IDS_DESCRIBED };

	if (c->a->format == BP_FORMAT_JSON)
		bp_json_ids(c->out, &list, c->o);
	else
		bp_term_ids(c->out, &list);
}

static int
cmd_overview(struct bp_ctx *c)
{
	struct bp_cmdinfo	 info[BP_CMD__MAX];
	size_t			 i, n = 0;

	for (i = 0; i < BP_CMD__MAX; i++)
		if (i != BP_CMD_OVERVIEW) {
			info[n].name = bp_commands[i].name;
			info[n].summary = bp_commands[i].summary;
			n++;
		}
	renderer(c)->overview(c->out, c->doc, c->o, info, n);
	return BP_EXIT_OK;
}

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
				if (bp_commands[i].lists == l->kind)
					bp_buf_printf(&lister, "%s --%s",
					    bp_commands[i].name,
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
static int
select_items(struct bp_ctx *c)
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

static void
select_free(struct bp_ctx *c)
{
	free((void *)c->o->rows);
	free((void *)c->o->cols);
	c->o->rows = c->o->cols = NULL;
}

static int
cmd_compare(struct bp_ctx *c)
{
	const struct bp_text	**id, **label;
	const struct bp_feature	*f;
	size_t			 n, i;

	if (!select_items(c)) {
		select_free(c);
		return BP_EXIT_FAIL;
	}
	if (c->a->ids != BP_IDS_NONE) {
		n = bp_rows_n(c->doc, c->o);
		id = bp_calloc(n + 1, sizeof(*id));
		label = bp_calloc(n + 1, sizeof(*label));
		for (i = 0; i < n; i++) {
			f = bp_row(c->doc, c->o, i);
			id[i] = &f->id;
			label[i] = &f->label;
		}
		ids(c, id, label, n);
		free(id);
		free(label);
	} else
		renderer(c)->compare(c->out, c->doc, c->o);
	select_free(c);
	return BP_EXIT_OK;
}

static int
cmd_verdict(struct bp_ctx *c)
{
	const struct bp_text	**id, **name;
	const struct bp_subject	*s;
	size_t			 n, i;

	if (!select_items(c)) {
		select_free(c);
		return BP_EXIT_FAIL;
	}
	if (c->a->ids != BP_IDS_NONE) {
		n = bp_cols_n(c->doc, c->o);
		id = bp_calloc(n + 1, sizeof(*id));
		name = bp_calloc(n + 1, sizeof(*name));
		for (i = 0; i < n; i++) {
			s = &c->doc->subjects[bp_col(c->doc, c->o, i)];
			id[i] = &s->id;
			name[i] = &s->name;
		}
		ids(c, id, name, n);
		free(id);
		free(name);
	} else
		renderer(c)->verdict(c->out, c->doc, c->o);
	select_free(c);
	return BP_EXIT_OK;
}

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
		bp_command(&msg, c->o->data, bp_commands[c->a->cmd].name);
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
	ids(c, id, name, n);
	free(id);
	free(name);
}

/*
 * faq, show and sources: the list, or the one item a query names, the
 * same way for the three.
 */
static int
lookup(struct bp_ctx *c, enum bp_list l)
{
	const struct bp_renderer	*R = renderer(c);
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
	query = joined(c->a);
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
			bp_json_lookup(c->out, c->doc, bp_commands[c->a->cmd].name, l,
			    query, &m, NULL, c->o);
		rc = BP_EXIT_FAIL;
		break;
	case BP_NOT_FOUND:
		not_found(c, l, query, &m, &lw, &sq);
		if (c->a->format == BP_FORMAT_JSON)
			bp_json_lookup(c->out, c->doc, bp_commands[c->a->cmd].name, l,
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

static int
cmd_faq(struct bp_ctx *c)
{
	return lookup(c, BP_LIST_FAQ);
}

static int
cmd_show(struct bp_ctx *c)
{
	return lookup(c, BP_LIST_SECTIONS);
}

static int
cmd_sources(struct bp_ctx *c)
{
	return lookup(c, BP_LIST_SOURCES);
}

static int
cmd_search(struct bp_ctx *c)
{
	struct bp_query	 q;
	struct bp_buf	 msg = BP_BUF_INIT;
	size_t		 i;
	int		 rc = BP_EXIT_OK;

	if (bp_search(c->doc, c->a->pos, c->a->npos, &q) == 0) {
		bp_buf_puts(&msg, "nothing matches");
		for (i = 0; i < c->a->npos; i++)
			bp_buf_printf(&msg, "%s'%s'", i == 0 ? " " : " and ",
			    c->a->pos[i]);
		bp_warnx("%s", msg.data);
		rc = BP_EXIT_FAIL;
	}
	/* JSON says so too, with nothing in it; text prints nothing. */
	if (rc == BP_EXIT_OK || c->a->format == BP_FORMAT_JSON)
		renderer(c)->search(c->out, c->doc, &q, c->o);
	bp_query_free(&q);
	bp_buf_free(&msg);
	return rc;
}

/* check: the problems, then a count; JSON holds both in one document. */
static int
cmd_check(struct bp_ctx *c)
{
	struct bp_diags	*dg = c->dg;

	if (c->a->strict)
		bp_diags_strict(dg);
	bp_diags_sort(dg);
	if (c->a->format == BP_FORMAT_JSON)
		bp_json_check(c->out, dg, c->o);
	else {
		struct bp_buf	 line = BP_BUF_INIT;

		bp_diags_print(dg);
		bp_buf_puts(&line, dg->file);
		if (dg->nerrors + dg->nwarnings == 0)
			bp_buf_puts(&line, ": ok");
		else
			bp_buf_printf(&line, ": %zu error%s, %zu warning%s",
			    dg->nerrors, dg->nerrors == 1 ? "" : "s",
			    dg->nwarnings, dg->nwarnings == 1 ? "" : "s");
		term_wrapped(c->out, c->o, 2, "", line.data, line.len);
		bp_buf_free(&line);
	}
	return dg->nerrors > 0 ? BP_EXIT_FAIL : BP_EXIT_OK;
}

static int
cmd_dump(struct bp_ctx *c)
{
	if (c->a->format == BP_FORMAT_YAML)
		bp_yaml_dump(c->out, c->doc);
	else
		bp_json_dump(c->out, c->doc, c->o);
	return BP_EXIT_OK;
}

/* Into standard output or, with -o, the file main.c opened (bp_output.h). */
static int
cmd_export(struct bp_ctx *c)
{
	if (!select_items(c)) {
		select_free(c);
		return BP_EXIT_FAIL;
	}
	renderer(c)->export(c->out, c->doc, c->o);
	select_free(c);
	return BP_EXIT_OK;
}

static int
cmd_init(struct bp_ctx *c)
{
	const char	*path = c->a->npos > 0 ? c->a->pos[0] : "-";
	struct bp_buf	 line = BP_BUF_INIT;

	if (strcmp(path, "-") == 0) {
		bp_buf_putn(c->out, bp_starter_data, bp_starter_len);
		return BP_EXIT_OK;
	}
	switch (bp_write_file(path, bp_starter_data, bp_starter_len,
	    c->a->force)) {
	case BP_WRITE_OK:
		break;
	case BP_WRITE_EXISTS:
		bp_warnx("%s: already exists; 'bpolpo init --force FILE' "
		    "replaces it", path);
		return BP_EXIT_USAGE;
	case BP_WRITE_FAILED:
		return BP_EXIT_FAIL;
	}
	bp_buf_puts(&line, "Wrote ");
	bp_buf_puts(&line, path);
	bp_buf_puts(&line, ": edit it, then run 'bpolpo check ");
	bp_shell_quote(&line, path);
	bp_buf_puts(&line, "'.");
	/* Wrapped, and made safe: the name is the user's. */
	term_wrapped(c->out, c->o, 0, NULL, line.data, line.len);
	bp_buf_free(&line);
	return BP_EXIT_OK;
}

/*
 * One side of a diff: a file, '-' or the built-in comparison, loaded
 * and checked.  Its problems are said; 0 when it cannot be used.
 */
static int
diff_side(const struct bp_ctx *c, const char *arg, struct bp_diags *dg,
    struct bp_doc **doc, const struct bp_doc **use)
{
	const char	*path = strcmp(arg, BP_BUILTIN_WORD) == 0 ? NULL : arg;

	/* Parsed even when built in: bp_default_doc is main's to give. */
	if (!bp_input(path, 1, c->a->maxerrors, dg, doc))
		return 0;
	bp_diags_print(dg);
	if (*doc == NULL || dg->nerrors > 0)
		return 0;
	*use = *doc;
	return 1;
}

static int
cmd_diff(struct bp_ctx *c)
{
	struct bp_diags		 dg[2];
	struct bp_doc		*doc[2] = { NULL, NULL };
	const struct bp_doc	*use[2];
	struct bp_diff		 d;
	int			 rc = BP_EXIT_USAGE;

	memset(dg, 0, sizeof(dg));
	memset(&d, 0, sizeof(d));
	if (strcmp(c->a->pos[0], "-") == 0 && strcmp(c->a->pos[1], "-") == 0) {
		bp_warnx("diff reads standard input for one side only");
		bp_usage_short();
		return BP_EXIT_USAGE;
	}
	/* Trouble is 2, as diff(1) says: 1 means they differ. */
	if (!diff_side(c, c->a->pos[0], &dg[0], &doc[0], &use[0]) ||
	    !diff_side(c, c->a->pos[1], &dg[1], &doc[1], &use[1]))
		goto out;
	/*
	 * The changes are found again as they are written, none held: a
	 * file of short items all changed would hold far more than itself.
	 */
	bp_diff_sides(use[0], use[1], &d);
	renderer(c)->diff(c->out, c->o, &d, dg[0].file, dg[1].file);
	rc = d.n > 0 ? BP_EXIT_FAIL : BP_EXIT_OK;
out:
	bp_diff_free(&d);
	bp_doc_free(doc[0]);
	bp_doc_free(doc[1]);
	bp_diags_free(&dg[0]);
	bp_diags_free(&dg[1]);
	return rc;
}

/* A usage error of decide's: the message, the usage lines, exit 2. */
static int
decide_usage(const char *msg)
{
	bp_warnx("%s", msg);
	bp_usage_short();
	return BP_EXIT_USAGE;
}

/*
 * Takes --yes, --no and --pick into the decision.  Returns 0 on a bad one.
 * The --pick lists are read as one: the subjects are sorted for them
 * once, however many there are.
 */
static int
decide_answers(const struct bp_args *a, struct bp_decision *dc)
{
	struct bp_buf	 err = BP_BUF_INIT, picks = BP_BUF_INIT;
	size_t		 i;
	int		 ok = 1;

	for (i = 0; ok && i < a->nanswers; i++) {
		if (a->answers[i].opt == BP_OPT_PICK) {
			if (picks.len > 0)
				bp_buf_putc(&picks, ',');
			bp_buf_puts(&picks, a->answers[i].list);
			continue;
		}
		ok = bp_answers_parse(&dc->crit, a->answers[i].list,
		    a->answers[i].opt == BP_OPT_YES ? BP_ANS_YES : BP_ANS_NO,
		    dc->answers, &err);
		if (!ok)
			bp_warnx("--%s: %s", bp_options[a->answers[i].opt].name,
			    err.data);
	}
	if (ok && picks.len > 0 && !(ok = bp_picks_parse(dc->doc, picks.data,
	    dc->picks, &err)))
		bp_warnx("--%s: %s", bp_options[BP_OPT_PICK].name, err.data);
	bp_buf_free(&picks);
	bp_buf_free(&err);
	return ok;
}

/* A subject's index, for sorting by id. */
static const struct bp_subject *sort_subjects;

static int
by_subject_id(const void *a, const void *b)
{
	return strcmp(sort_subjects[*(const size_t *)a].id.s,
	    sort_subjects[*(const size_t *)b].id.s);
}

/*
 * The document as --subjects has it, for decide: the same document but
 * for its subjects, those listed, in that order, so that every part of
 * decide (the questions, the picks, the tally, every renderer) sees only
 * them.  The view shares everything else with the document: free
 * view->subjects and view->subject_order alone.  0 after reporting an
 * unknown id.
 */
static int
subject_view(struct bp_ctx *c, struct bp_doc *view)
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
	view->subject_order = bp_calloc(n + 1, sizeof(*view->subject_order));
	for (i = 0; i < n; i++) {
		view->subjects[i] = c->doc->subjects[v[i]];
		view->subject_order[i] = i;
	}
	view->nsubjects = n;
	sort_subjects = view->subjects;
	qsort(view->subject_order, n, sizeof(*view->subject_order),
	    by_subject_id);
	free(v);
	return 1;
}

static int
cmd_decide(struct bp_ctx *c)
{
	const struct bp_args	*a = c->a;
	const struct bp_doc	*whole = c->doc;
	struct bp_doc		 view;
	int			 rc;

	if (a->subjects == NULL)
		return decide(c, NULL);
	if (!subject_view(c, &view))
		return BP_EXIT_FAIL;
	c->doc = &view;
	c->o->subset = 1;
	rc = decide(c, whole);
	c->o->subset = 0;
	c->doc = whole;
	free(view.subjects);
	free(view.subject_order);
	return rc;
}

/*
 * "decide --subjects a,b" and the rest of args: a command that decide
 * suggests, for the subjects it was given.
 */
static void
decide_args(struct bp_buf *out, const struct bp_ctx *c, const char *args)
{
	size_t	 i;

	bp_buf_puts(out, "decide");
	for (i = 0; c->o->subset && i < c->doc->nsubjects; i++) {
		bp_buf_puts(out, i == 0 ? " --subjects " : ",");
		bp_buf_putn(out, c->doc->subjects[i].id.s,
		    c->doc->subjects[i].id.len);
	}
	bp_buf_putc(out, ' ');
	bp_buf_puts(out, args);
}

/*
 * decide: the mode (--by, or what the answers given are), the questions
 * listed, or answered from the command line or on a terminal, then the
 * result; on c->doc, the whole comparison, or (c->o->subset) the
 * subjects --subjects chose of whole.
 */
static int
decide(struct bp_ctx *c, const struct bp_doc *whole)
{
	const struct bp_args	*a = c->a;
	struct bp_decision	 dc;
	struct bp_buf		 msg = BP_BUF_INIT, args = BP_BUF_INIT;
	enum bp_by		 by;
	size_t			 i, npick = 0;
	int			 rc = BP_EXIT_OK;

	for (i = 0; i < a->nanswers; i++)
		npick += a->answers[i].opt == BP_OPT_PICK;
	by = (a->given & (1UL << BP_OPT_BY)) ? (enum bp_by)a->by : npick > 0 ?
	    BP_BY_FEATURES : BP_BY_CRITERIA;
	if (by == BP_BY_FEATURES && npick < a->nanswers)
		return decide_usage("--yes and --no answer criteria; by "
		    "features, --pick answers");
	if (by == BP_BY_CRITERIA && npick > 0)
		return decide_usage("--pick answers by features, not by "
		    "criteria: answer criteria with --yes and --no");
	if ((a->list || a->ids != BP_IDS_NONE) && a->nanswers > 0)
		return decide_usage("--list and --ids list the questions; "
		    "they take no answers");
	bp_decision_init(&dc, c->doc, by);
	dc.crit.whole = whole;
	if (bp_decision_n(&dc) == 0) {
		if (by == BP_BY_CRITERIA && c->doc->nfeatures > 0) {
			decide_args(&args, c, "--by features");
			bp_command(&msg, c->o->data, args.data);
			if (c->o->subset)
				bp_warnx("--subjects leaves no subject with "
				    "\"Choose ... if\" criteria to ask about; "
				    "'%s' asks about the features", msg.data);
			else
				bp_warnx("the comparison has no \"Choose ... "
				    "if\" criteria to ask about; '%s' asks "
				    "about its features", msg.data);
		} else
			bp_warnx("the comparison has no %s to ask about",
			    by == BP_BY_CRITERIA ? "criteria or features" :
			    "features");
		rc = BP_EXIT_FAIL;
	} else if (a->list || a->ids != BP_IDS_NONE)
		/* Ids are for shells: the same lines in Markdown, as ids(). */
		(a->list || a->format == BP_FORMAT_JSON ? renderer(c) :
		    &bp_term_renderer)->questions(c->out, c->doc, &dc,
		    a->list ? 0 : (int)a->ids, c->o);
	else if (a->nanswers > 0 && !decide_answers(a, &dc))
		rc = BP_EXIT_USAGE;
	else if (a->nanswers == 0 && !bp_ask_can()) {
		struct bp_buf	 list = BP_BUF_INIT;

		decide_args(&args, c, by == BP_BY_CRITERIA ? "--list" :
		    "--by features --list");
		bp_command(&list, c->o->data, args.data);
		bp_buf_printf(&msg, "decide asks on a terminal; without one, "
		    "answer with %s (the ids: '%s')", by == BP_BY_CRITERIA ?
		    "--yes IDS and --no IDS" : "--pick FEATURE=SUBJECT,...",
		    list.data);
		bp_buf_free(&list);
		rc = decide_usage(msg.data);
	} else {
		if (a->nanswers == 0) {
			bp_output_unpaged(c->output);
			if (bp_ask(&dc, c->o) != 0) {
				bp_warnx("reading answers: %s", strerror(errno));
				rc = BP_EXIT_FAIL;
			}
		}
		if (rc == BP_EXIT_OK) {
			bp_decision_finish(&dc);
			renderer(c)->decide(c->out, c->doc, &dc, c->o);
		}
	}
	bp_buf_free(&msg);
	bp_buf_free(&args);
	bp_decision_free(&dc);
	return rc;
}

static int
cmd_completion(struct bp_ctx *c)
{
	struct bp_buf	 shells = BP_BUF_INIT;
	size_t		 i;

	if (bp_completion(c->out, bp_commands, c->a->pos[0]))
		return BP_EXIT_OK;
	for (i = 0; bp_shells[i] != NULL; i++)
		bp_buf_printf(&shells, "%s%s", i == 0 ? "" :
		    bp_shells[i + 1] == NULL ? " or " : ", ", bp_shells[i]);
	bp_warnx("completion needs %s, not '%s'", shells.data, c->a->pos[0]);
	bp_usage_short();
	bp_buf_free(&shells);
	return BP_EXIT_USAGE;
}

static int
cmd_help(struct bp_ctx *c)
{
	int	 k;

	if (c->a->npos == 1 && (k = bp_find_cmd(bp_commands, c->a->pos[0])) >=
	    0)
		bp_help_cmd(c->out, c->o, bp_commands, (enum bp_cmd)k);
	else
		bp_help_all(c->out, c->o, bp_commands);
	return BP_EXIT_OK;
}
