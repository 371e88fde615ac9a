/* check: every problem of a data file, then a count. */
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "render/bp_term.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

/* check: the problems, then a count; JSON holds both in one document. */
int
bp_cmd_check(struct bp_ctx *c)
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
