/* What plain "bpolpo" prints: title, date, the quick verdict and the commands. */
#include "base/bp_buf.h"
#include "render/bp_render.h"
#include "render/bp_term.h"

#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"

void
bp_term_overview(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o, const struct bp_cmdinfo *cmds, size_t ncmds)
{
	struct bp_term_item	*items;
	size_t			 i;

	bp_term_title(out, o, d);
	bp_buf_putc(out, '\n');
	bp_term_heading_line(out, o, bp_parts[BP_PART_VERDICT].heading);
	bp_term_prose(out, o, d->summary.s, d->summary.len);

	items = bp_calloc(ncmds, sizeof(*items));
	for (i = 0; i < ncmds; i++) {
		items[i].key = cmds[i].name;
		items[i].key_style = BP_TS_HEADING;
		items[i].text = cmds[i].summary;
		items[i].len = strlen(cmds[i].summary);
	}
	bp_buf_putc(out, '\n');
	bp_term_heading_line(out, o, "Commands");
	bp_term_keyed_list(out, o, 2, items, ncmds);
	free(items);
	bp_buf_putc(out, '\n');
	bp_term_line(out, o, "Run 'bpolpo help COMMAND' for more "
	    "on a command, 'bpolpo --help' for the options.");
}
