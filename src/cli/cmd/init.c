/* init: a commented starter comparison, to standard output or a new file. */
#include <string.h>

#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_output.h"
#include "base/bp_shell.h"
#include "base/bp_suggest.h"
#include "model/bp_data.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "render/bp_term.h"
#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

int
bp_cmd_init(struct bp_ctx *c)
{
	const char	*path = c->a->npos > 0 ? c->a->pos[0] : "-";
	struct bp_buf	 line = BP_BUF_INIT;

	if (strcmp(path, "-") == 0) {
		bp_buf_putn(c->out, bp_starter_data, bp_starter_len);
		return BP_EXIT_OK;
	}
	switch (bp_write_file(path, bp_starter_data, bp_starter_len,
	    c->a->force)) {
	case BP_WRITE_OK:
		break;
	case BP_WRITE_EXISTS:
		bp_warnx("%s: already exists; 'bpolpo init --force FILE' "
		    "replaces it", path);
		return BP_EXIT_USAGE;
	case BP_WRITE_FAILED:
		return BP_EXIT_FAIL;
	}
	bp_buf_puts(&line, "Wrote ");
	bp_buf_puts(&line, path);
	bp_buf_puts(&line, ": edit it, then run 'bpolpo check ");
	bp_shell_quote(&line, path);
	bp_buf_puts(&line, "'.");
	/* Wrapped, and made safe: the name is the user's. */
	bp_term_wrapped(c->out, c->o, 0, NULL, line.data, line.len);
	bp_buf_free(&line);
	return BP_EXIT_OK;
}
