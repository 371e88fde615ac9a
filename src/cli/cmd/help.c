/* help and completion: about bpolpo itself, from its tables. */
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

int
bp_cmd_completion(struct bp_ctx *c)
{
	struct bp_buf	 shells = BP_BUF_INIT;
	size_t		 i;

	if (bp_completion(c->out, c->cmds, c->a->pos[0]))
		return BP_EXIT_OK;
	for (i = 0; bp_shells[i] != NULL; i++)
		bp_buf_printf(&shells, "%s%s", i == 0 ? "" :
		    bp_shells[i + 1] == NULL ? " or " : ", ", bp_shells[i]);
	bp_warnx("completion needs %s, not '%s'", shells.data, c->a->pos[0]);
	bp_usage_short();
	bp_buf_free(&shells);
	return BP_EXIT_USAGE;
}

int
bp_cmd_help(struct bp_ctx *c)
{
	int	 k;

	if (c->a->npos == 1 && (k = bp_find_cmd(c->cmds, c->a->pos[0])) >=
	    0)
		bp_help_cmd(c->out, c->o, c->cmds, (enum bp_cmd)k);
	else
		bp_help_all(c->out, c->o, c->cmds);
	return BP_EXIT_OK;
}
