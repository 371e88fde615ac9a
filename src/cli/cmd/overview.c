/* overview: what bpolpo prints without a command. */
#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

int
bp_cmd_overview(struct bp_ctx *c)
{
	struct bp_cmdinfo	 info[BP_CMD__MAX];
	size_t			 i, n = 0;

	for (i = 0; i < BP_CMD__MAX; i++)
		if (i != BP_CMD_OVERVIEW) {
			info[n].name = c->cmds[i].name;
			info[n].summary = c->cmds[i].summary;
			n++;
		}
	bp_cmd_renderer(c)->overview(c->out, c->doc, c->o, info, n);
	return BP_EXIT_OK;
}
