/* dump: the whole comparison as JSON, or as YAML. */
#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

int
bp_cmd_dump(struct bp_ctx *c)
{
	bp_cmd_renderer(c)->dump(c->out, c->doc, c->o);
	return BP_EXIT_OK;
}
