/* check: every problem of a data file, then a count. */
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "render/bp_term.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

/*
 * check: the problems, then a count.  JSON holds both in one document;
 * elsewhere the problems go to standard error, the count is the answer.
 */
int
bp_cmd_check(struct bp_ctx *c)
{
	struct bp_diags	*dg = c->dg;

	if (c->a->strict)
		bp_diags_strict(dg);
	bp_diags_sort(dg);
	if (c->a->format != BP_FORMAT_JSON)
		bp_diags_print(dg);
	bp_cmd_renderer(c)->check(c->out, dg, c->o);
	return dg->nerrors > 0 ? BP_EXIT_FAIL : BP_EXIT_OK;
}
