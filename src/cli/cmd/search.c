/* search: every item that holds all the terms. */
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "model/bp_doc.h"
#include "query/bp_search.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

int
bp_cmd_search(struct bp_ctx *c)
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
		bp_cmd_renderer(c)->search(c->out, c->doc, &q, c->o);
	bp_query_free(&q);
	bp_buf_free(&msg);
	return rc;
}
