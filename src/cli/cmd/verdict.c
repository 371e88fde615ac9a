/* verdict: the quick verdict and the choose lists, or the subjects' ids. */
#include <stdlib.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

int
bp_cmd_verdict(struct bp_ctx *c)
{
	const struct bp_text	**id, **name;
	const struct bp_subject	*s;
	size_t			 n, i;

	if (!bp_select(c)) {
		bp_select_free(c);
		return BP_EXIT_FAIL;
	}
	if (c->a->ids != BP_IDS_NONE) {
		n = bp_cols_n(c->doc, c->o);
		id = bp_calloc(n + 1, sizeof(*id));
		name = bp_calloc(n + 1, sizeof(*name));
		for (i = 0; i < n; i++) {
			s = &c->doc->subjects[bp_col(c->doc, c->o, i)];
			id[i] = &s->id;
			name[i] = &s->name;
		}
		bp_cmd_ids(c, id, name, n);
		free(id);
		free(name);
	} else
		bp_cmd_renderer(c)->verdict(c->out, c->doc, c->o);
	bp_select_free(c);
	return BP_EXIT_OK;
}
