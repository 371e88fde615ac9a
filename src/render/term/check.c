/* check as text: the count of problems (the problems themselves go to standard error). */
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "render/bp_render.h"
#include "render/bp_term.h"

void
bp_term_check(struct bp_buf *out, const struct bp_diags *dg,
    const struct bp_opts *o)
{
	struct bp_buf	 line = BP_BUF_INIT;

	bp_buf_puts(&line, dg->file);
	if (dg->nerrors + dg->nwarnings == 0)
		bp_buf_puts(&line, ": ok");
	else
		bp_buf_printf(&line, ": %zu error%s, %zu warning%s",
		    dg->nerrors, dg->nerrors == 1 ? "" : "s",
		    dg->nwarnings, dg->nwarnings == 1 ? "" : "s");
	bp_term_wrapped(out, o, 2, "", line.data, line.len);
	bp_buf_free(&line);
}
