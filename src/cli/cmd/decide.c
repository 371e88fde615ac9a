/* decide: the questions listed, answered on the command line or asked on a terminal, then the result. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_output.h"
#include "base/bp_shell.h"
#include "base/bp_suggest.h"
#include "model/bp_doc.h"
#include "query/bp_decide.h"
#include "render/bp_render.h"
#include "cli/bp_ask.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

static int	decide(struct bp_ctx *, const struct bp_doc *);

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
	size_t		 i;
	int		 ok = 1;

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
	struct bp_buf		 msg = BP_BUF_INIT, args = BP_BUF_INIT;
	enum bp_by		 by;
	size_t			 i, npick = 0, nweight = 0;
	int			 rc = BP_EXIT_OK;

	for (i = 0; i < a->nanswers; i++) {
		npick += a->answers[i].opt == BP_OPT_PICK;
		nweight += a->answers[i].opt == BP_OPT_WEIGHT;
	}
	by = (a->given & (1UL << BP_OPT_BY)) ? (enum bp_by)a->by : npick > 0 ?
	    BP_BY_FEATURES : BP_BY_CRITERIA;
	if (by == BP_BY_FEATURES && npick + nweight < a->nanswers)
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
		(a->list || a->format == BP_FORMAT_JSON ? bp_cmd_renderer(c) :
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
			bp_cmd_renderer(c)->decide(c->out, c->doc, &dc, c->o);
		}
	}
	bp_buf_free(&msg);
	bp_buf_free(&args);
	bp_decision_free(&dc);
	return rc;
}
