/* dump: the whole comparison as JSON, or as YAML. */
#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

int
bp_cmd_dump(struct bp_ctx *c)
{
	if (c->a->format == BP_FORMAT_YAML)
		bp_yaml_dump(c->out, c->doc);
	else
		bp_json_dump(c->out, c->doc, c->o);
	return BP_EXIT_OK;
}
