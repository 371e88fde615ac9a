/* What the command bodies share: the renderer of the format asked for, a query, ids for shells. */
#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

const struct bp_renderer *
bp_cmd_renderer(const struct bp_ctx *c)
{
	static const struct bp_renderer *const renderers[BP_FORMAT__MAX] = {
		&bp_term_renderer,	/* BP_FORMAT_TEXT */
		&bp_md_renderer,	/* BP_FORMAT_MARKDOWN */
		&bp_json_renderer,	/* BP_FORMAT_JSON */
		&bp_json_renderer,	/* BP_FORMAT_YAML: dump's alone */
		&bp_csv_renderer,	/* BP_FORMAT_CSV */
		&bp_tsv_renderer,	/* BP_FORMAT_TSV */
		&bp_html_renderer,	/* BP_FORMAT_HTML */
	};

	return renderers[c->a->format];
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
