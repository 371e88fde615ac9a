/* decide: the questions listed, answered on the command line or asked on a terminal, then the result. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_output.h"
#include "base/bp_shell.h"
#include "base/bp_suggest.h"
#include "model/bp_doc.h"
#include "query/bp_decide.h"
#include "query/bp_saved.h"
#include "render/bp_render.h"
#include "cli/bp_ask.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

static int	decide(struct bp_ctx *, const struct bp_doc *);

/* Saved answers are never this long: as a comparison, 64 MiB at most. */
#define SAVED_LIMIT	((size_t)64 * 1024 * 1024)

/*
 * The file --answers names ("-": standard input) read and parsed into
 * sv.  0 after saying why.
 */
static int
read_saved(const char *path, struct bp_saved *sv)
{
	struct bp_buf	 b = BP_BUF_INIT, err = BP_BUF_INIT;
	FILE		*f;
	size_t		 got;
	char		 chunk[65536];
	int		 ok = 1;

	if (strcmp(path, "-") == 0)
		f = stdin;
	else if ((f = fopen(path, "r")) == NULL) {
		if (errno == ENOMEM)
			bp_oom();
		bp_warnx("%s: %s", path, bp_strerror(errno));
		return 0;
	}
	while ((got = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		bp_buf_putn(&b, chunk, got);
		if (b.len > SAVED_LIMIT) {
			bp_warnx("%s: longer than saved answers can be", path);
			ok = 0;
			break;
		}
	}
	if (ok && ferror(f)) {
		bp_warnx("%s: %s", path, bp_strerror(errno));
		ok = 0;
	}
	if (f != stdin)
		fclose(f);
	if (ok && !bp_saved_parse(strcmp(path, "-") == 0 ? "<stdin>" : path,
	    b.data != NULL ? b.data : "", b.len, sv, &err)) {
		bp_warnx("%s", err.data);
		ok = 0;
	}
	bp_buf_free(&b);
	bp_buf_free(&err);
	return ok;
}

/* The saved answers into dc: 0 after saying why; warnings said. */
static int
apply_saved(const struct bp_args *a, const struct bp_saved *sv,
    struct bp_decision *dc)
{
	struct bp_buf	 err = BP_BUF_INIT, warn = BP_BUF_INIT;
	const char	*name = strcmp(a->answers_file, "-") == 0 ? "<stdin>" :
			    a->answers_file;
	char		*line, *nl;
	int		 ok;

	ok = bp_saved_apply(sv, name, dc, &err, &warn);
	if (!ok)
		bp_warnx("%s", err.data);
	for (line = warn.data; line != NULL && *line != '\0'; line = nl + 1) {
		nl = strchr(line, '\n');
		*nl = '\0';
		bp_warnx("warning: %s", line);
	}
	bp_buf_free(&err);
	bp_buf_free(&warn);
	return ok;
}

/* --save: the answers and weights, into a file whole or not at all. */
static int
save(const char *path, const struct bp_decision *dc)
{
	struct bp_buf	 b = BP_BUF_INIT;
	int		 ok;

	bp_saved_write(&b, dc);
	ok = bp_write_file(path, b.data, b.len, 1) == BP_WRITE_OK;
	bp_buf_free(&b);
	return ok;
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
 * Takes --yes, --no, --pick and --weight into the decision.  Returns 0
 * on a bad one.  The --pick lists are read as one: the subjects are
 * sorted for them once, however many there are.  Weights come after
 * the answers, each list in turn: a later weight for an id wins.
 */
static int
decide_answers(const struct bp_args *a, struct bp_decision *dc)
{
	struct bp_buf	 err = BP_BUF_INIT, picks = BP_BUF_INIT;
	size_t		 i, n = bp_decision_n(dc);
	unsigned char	*answers = dc->answers, *weights = dc->weights;
	size_t		*picked = dc->picks;
	int		 ok = 1;

	/*
	 * Into fresh arrays, then over what a saved file gave: an answer
	 * on the command line overrides the file's, even the other one.
	 */
	dc->answers = bp_calloc(dc->crit.n + 1, 1);
	dc->picks = bp_calloc(dc->doc->nfeatures + 1, sizeof(*dc->picks));
	dc->weights = bp_calloc(n + 1, 1);
	memset(dc->weights, 0xff, n);

	for (i = 0; ok && i < a->nanswers; i++) {
		if (a->answers[i].opt == BP_OPT_WEIGHT)
			continue;
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
	for (i = 0; ok && i < a->nanswers; i++)
		if (a->answers[i].opt == BP_OPT_WEIGHT &&
		    !(ok = bp_weights_parse(dc, a->answers[i].list, dc->weights,
		    &err)))
			bp_warnx("--%s: %s", bp_options[BP_OPT_WEIGHT].name,
			    err.data);
	for (i = 0; ok && i < dc->crit.n; i++)
		if (dc->answers[i] != BP_ANS_NONE)
			answers[i] = dc->answers[i];
	for (i = 0; ok && i < dc->doc->nfeatures; i++)
		if (dc->picks[i] != BP_PICK_NONE)
			picked[i] = dc->picks[i];
	for (i = 0; ok && i < n; i++)
		if (dc->weights[i] != 0xff)
			weights[i] = dc->weights[i];
	free(dc->answers);
	free(dc->picks);
	free(dc->weights);
	dc->answers = answers;
	dc->picks = picked;
	dc->weights = weights;
	bp_buf_free(&picks);
	bp_buf_free(&err);
	return ok;
}

int
bp_cmd_decide(struct bp_ctx *c)
{
	const struct bp_args	*a = c->a;
	const struct bp_doc	*whole = c->doc;
	struct bp_doc		 view;
	int			 rc;

	if (a->subjects == NULL)
		return decide(c, NULL);
	if (!bp_subject_view(c, &view))
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
	struct bp_saved		 sv;
	struct bp_buf		 msg = BP_BUF_INIT, args = BP_BUF_INIT;
	enum bp_by		 by;
	size_t			 i, npick = 0, nweight = 0;
	int			 rc = BP_EXIT_OK, given;

	memset(&sv, 0, sizeof(sv));
	if (a->answers_file != NULL && (a->list ||
	    a->ids != BP_IDS_NONE))
		return decide_usage("--list and --ids list the questions; "
		    "they take no answers");
	if (a->answers_file != NULL && !read_saved(a->answers_file, &sv))
		return BP_EXIT_FAIL;

	for (i = 0; i < a->nanswers; i++) {
		npick += a->answers[i].opt == BP_OPT_PICK;
		nweight += a->answers[i].opt == BP_OPT_WEIGHT;
	}
	by = (a->given & (1UL << BP_OPT_BY)) ? (enum bp_by)a->by : npick > 0 ?
	    BP_BY_FEATURES : sv.by >= 0 && a->answers_file != NULL ?
	    (enum bp_by)sv.by : BP_BY_CRITERIA;
	if (a->answers_file != NULL && sv.by >= 0 && (enum bp_by)sv.by != by) {
		bp_warnx("%s: answers by %s, not by %s",
		    strcmp(a->answers_file, "-") == 0 ? "<stdin>" :
		    a->answers_file, bp_bys[sv.by], bp_bys[by]);
		bp_saved_free(&sv);
		return BP_EXIT_FAIL;
	}
	if (by == BP_BY_FEATURES && npick + nweight < a->nanswers)
		return bp_saved_free(&sv), decide_usage("--yes and --no "
		    "answer criteria; by features, --pick answers");
	if (by == BP_BY_CRITERIA && npick > 0)
		return bp_saved_free(&sv), decide_usage("--pick answers by "
		    "features, not by criteria: answer criteria with --yes "
		    "and --no");
	if ((a->list || a->ids != BP_IDS_NONE) && a->nanswers > 0)
		return bp_saved_free(&sv), decide_usage("--list and --ids "
		    "list the questions; they take no answers");
	given = a->nanswers > 0 || a->answers_file != NULL;
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
		(a->list || a->format == BP_FORMAT_JSON ? bp_cmd_renderer(c) :
		    &bp_term_renderer)->questions(c->out, c->doc, &dc,
		    a->list ? 0 : (int)a->ids, c->o);
	else if (a->answers_file != NULL && !apply_saved(a, &sv, &dc))
		rc = BP_EXIT_FAIL;
	else if (a->nanswers > 0 && !decide_answers(a, &dc))
		rc = BP_EXIT_USAGE;
	else if (!given && !bp_ask_can()) {
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
		if (!given) {
			bp_output_unpaged(c->output);
			if (bp_ask(&dc, c->o) != 0) {
				bp_warnx("reading answers: %s", bp_strerror(errno));
				rc = BP_EXIT_FAIL;
			}
		}
		if (rc == BP_EXIT_OK) {
			bp_decision_finish(&dc);
			if (a->save != NULL && !save(a->save, &dc))
				rc = BP_EXIT_FAIL;
			else
				bp_cmd_renderer(c)->decide(c->out, c->doc, &dc,
				    c->o);
		}
	}
	bp_saved_free(&sv);
	bp_buf_free(&msg);
	bp_buf_free(&args);
	bp_decision_free(&dc);
	return rc;
}
