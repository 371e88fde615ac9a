/* compare: the feature table, or its ids. */
#include <stdlib.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

int
bp_cmd_compare(struct bp_ctx *c)
{
	const struct bp_text	**id, **label;
	const struct bp_feature	*f;
	size_t			 n, i;

	if (!bp_select(c)) {
		bp_select_free(c);
		return BP_EXIT_FAIL;
	}
	if (c->a->ids != BP_IDS_NONE) {
		n = bp_rows_n(c->doc, c->o);
		id = bp_calloc(n + 1, sizeof(*id));
		label = bp_calloc(n + 1, sizeof(*label));
		for (i = 0; i < n; i++) {
			f = bp_row(c->doc, c->o, i);
			id[i] = &f->id;
			label[i] = &f->label;
		}
		bp_cmd_ids(c, id, label, n);
		free(id);
		free(label);
	} else
		bp_cmd_renderer(c)->compare(c->out, c->doc, c->o);
	bp_select_free(c);
	return BP_EXIT_OK;
}
