/*
 * The command bodies, one file a command or a family in cli/cmd/, as
 * git's builtin/; the table of commands (cli/commands.c) names each.
 * And what they share: the renderer of the format asked for and the
 * rest (cli/cmd.c), the selection --rows and --subjects make
 * (cli/select.c).  Each body takes the command's context, writes its
 * answer into c->out, says what went wrong on standard error, and
 * returns the exit status (bp_exit); none exits.
 */
#ifndef BP_CMD_H
#define BP_CMD_H

#include <stddef.h>

#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"

int	bp_cmd_overview(struct bp_ctx *);
int	bp_cmd_compare(struct bp_ctx *);
int	bp_cmd_verdict(struct bp_ctx *);
int	bp_cmd_faq(struct bp_ctx *);
int	bp_cmd_show(struct bp_ctx *);
int	bp_cmd_sources(struct bp_ctx *);
int	bp_cmd_search(struct bp_ctx *);
int	bp_cmd_check(struct bp_ctx *);
int	bp_cmd_dump(struct bp_ctx *);
int	bp_cmd_export(struct bp_ctx *);
int	bp_cmd_init(struct bp_ctx *);
int	bp_cmd_diff(struct bp_ctx *);
int	bp_cmd_decide(struct bp_ctx *);
int	bp_cmd_completion(struct bp_ctx *);
int	bp_cmd_help(struct bp_ctx *);

/* The renderer of the format the command line asks for. */
const struct bp_renderer *bp_cmd_renderer(const struct bp_ctx *);

/* The command's arguments as one query, the words joined by spaces: free it. */
char	*bp_cmd_query(const struct bp_args *);

/* Ids for shells and scripts (--ids): plain lines, or a JSON array. */
void	bp_cmd_ids(struct bp_ctx *, const struct bp_text *const *id,
	    const struct bp_text *const *text, size_t n);

/*
 * --rows and --subjects into c->o, resolved in the document's index (any
 * case, each once, in the order given); 0 after reporting an unknown id,
 * with the nearest.  bp_select_free() frees what it made, either way.
 */
int	bp_select(struct bp_ctx *);
void	bp_select_free(struct bp_ctx *);

/*
 * The document as --subjects has it, for decide: c->doc but for its
 * subjects, those listed, in that order, so that every part of decide
 * sees only them.  The view shares everything else with the document:
 * free view->subjects and view->subject_order alone.  0 after reporting
 * an unknown id.
 */
int	bp_subject_view(struct bp_ctx *, struct bp_doc *view);

#endif
