/* diff: what changed between two comparisons, each side a file, standard input or the built-in one. */
#include <string.h>

#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "model/bp_doc.h"
#include "model/bp_input.h"
#include "query/bp_diff.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

/*
 * One side of a diff: a file, '-' or the built-in comparison, loaded
 * and checked.  Its problems are said; 0 when it cannot be used.
 */
static int
diff_side(const struct bp_ctx *c, const char *arg, struct bp_diags *dg,
    struct bp_doc **doc, const struct bp_doc **use)
{
	const char	*path = strcmp(arg, BP_BUILTIN_WORD) == 0 ? NULL : arg;

	/* Built in: the document loaded when bpolpo was built, main's to give. */
	if (!bp_input(path, path != NULL, c->a->maxerrors, dg, doc))
		return 0;
	bp_diags_print(dg);
	if (path == NULL) {
		*use = c->builtin;
		return 1;
	}
	if (*doc == NULL || dg->nerrors > 0)
		return 0;
	*use = *doc;
	return 1;
}

int
bp_cmd_diff(struct bp_ctx *c)
{
	struct bp_diags		 dg[2];
	struct bp_doc		*doc[2] = { NULL, NULL };
	const struct bp_doc	*use[2];
	struct bp_diff		 d;
	int			 rc = BP_EXIT_USAGE;

	memset(dg, 0, sizeof(dg));
	memset(&d, 0, sizeof(d));
	if (strcmp(c->a->pos[0], "-") == 0 && strcmp(c->a->pos[1], "-") == 0) {
		bp_warnx("diff reads standard input for one side only");
		bp_usage_short();
		return BP_EXIT_USAGE;
	}
	/* Trouble is 2, as diff(1) says: 1 means they differ. */
	if (!diff_side(c, c->a->pos[0], &dg[0], &doc[0], &use[0]) ||
	    !diff_side(c, c->a->pos[1], &dg[1], &doc[1], &use[1]))
		goto out;
	/*
	 * The changes are found again as they are written, none held: a
	 * file of short items all changed would hold far more than itself.
	 */
	bp_diff_sides(use[0], use[1], &d);
	bp_cmd_renderer(c)->diff(c->out, c->o, &d, dg[0].file, dg[1].file);
	rc = d.n > 0 ? BP_EXIT_FAIL : BP_EXIT_OK;
out:
	bp_diff_free(&d);
	bp_doc_free(doc[0]);
	bp_doc_free(doc[1]);
	bp_diags_free(&dg[0]);
	bp_diags_free(&dg[1]);
	return rc;
}
