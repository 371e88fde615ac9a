/* What the command bodies share: the renderer of the format asked for, a query, ids for shells. */
#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

/*
 * A format a command does not print is ignored, as any display option
 * is (those that make that a usage error are refused before): the
 * command prints its own, text, or JSON where it prints no text (dump).
 */
const struct bp_renderer *
bp_cmd_renderer(const struct bp_ctx *c)
{
	static const enum bp_format	 tried[] = { BP_FORMAT_TEXT,
	    BP_FORMAT_JSON };
	size_t				 i;

	if (bp_format_cmds(c->cmds, c->a->format) & BP_IN(c->a->cmd))
		return bp_renderer_of(c->a->format);
	for (i = 0; i < sizeof(tried) / sizeof(tried[0]); i++)
		if (bp_format_cmds(c->cmds, tried[i]) & BP_IN(c->a->cmd))
			return bp_renderer_of(tried[i]);
	return bp_renderer_of(BP_FORMAT_TEXT);
}

/* The arguments as one query: the words joined by spaces. */
char *
bp_cmd_query(const struct bp_args *a)
{
	struct bp_buf	 b = BP_BUF_INIT;
	size_t		 i;

	for (i = 0; i < a->npos; i++) {
		if (i > 0)
			bp_buf_putc(&b, ' ');
		bp_buf_puts(&b, a->pos[i]);
	}
	return bp_buf_take(&b);
}

/* Ids for shells and scripts: plain lines, or a JSON array. */
void
bp_cmd_ids(struct bp_ctx *c, const struct bp_text *const *id,
    const struct bp_text *const *text, size_t n)
{
	struct bp_ids	 list = { id, text, n, c->a->ids == BP_IDS_DESCRIBED };

	if (c->a->format == BP_FORMAT_JSON)
		bp_json_ids(c->out, &list, c->o);
	else
		bp_term_ids(c->out, &list);
}
