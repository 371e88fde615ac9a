/* export: the whole comparison as one document, to standard output or -o's file. */
#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

/* Into standard output or, with -o, the file main.c opened (bp_output.h). */
int
bp_cmd_export(struct bp_ctx *c)
{
	if (!bp_select(c)) {
		bp_select_free(c);
		return BP_EXIT_FAIL;
	}
	bp_cmd_renderer(c)->export(c->out, c->doc, c->o);
	bp_select_free(c);
	return BP_EXIT_OK;
}
