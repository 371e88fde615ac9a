/* diff as a page: the changes under their parts' headings, the words taken out struck through and those put in underlined. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/bp_buf.h"
#include "query/bp_diff.h"
#include "query/bp_wdiff.h"
#include "render/bp_html.h"
#include "render/bp_render.h"
#include "render/bp_walk.h"

/*
 * The colors of what went out and came in, light and dark, each with
 * the text's contrast the page's others have; never color alone: <del>
 * is struck through, <ins> underlined.
 */
static const char diff_style[] =
    ":root{--del:#b3261e;--ins:#0a6b2f}\n"
    "@media (prefers-color-scheme:dark){:root{--del:#f2b8b5;"
    "--ins:#7fd49a}}\n"
    "del{color:var(--del)}\n"
    "ins{color:var(--ins)}\n"
    ".change{font-weight:600}\n";

/* What the page keeps while it writes the changes. */
struct page {
	struct bp_buf	*out;
	struct bp_buf	 raw;
	struct bp_wdiff	 wd;
	size_t		 last;		/* the part of the last change */
};

/* A part's anchor: its heading in lower case, a hyphen for a space. */
static void
part_id(struct bp_buf *out, const char *heading)
{
	const char	*p;

	bp_buf_puts(out, "changes-");
	for (p = heading; *p != '\0'; p++)
		bp_buf_putc(out, *p == ' ' ? '-' : *p >= 'A' && *p <= 'Z' ?
		    (char)(*p - 'A' + 'a') : *p);
}

/* The runs: what went out in <del>, what came in in <ins>. */
static const char *const run_open[] = { "", "<del>", "<ins>" };
static const char *const run_close[] = { "", "</del>", "</ins>" };

/* One change, an item of its part's list, the part's section begun when it is new. */
static void
change(const struct bp_diff_item *it, void *arg)
{
	static const char *const verbs[] = { "Added", "Removed", "Changed",
	    "Moved" };
	struct page	*pg = arg;
	struct bp_buf	*out = pg->out;
	size_t		 p = bp_diff_part(it);

	if (p != pg->last) {
		if (pg->last != SIZE_MAX)
			bp_buf_puts(out, "</ul>\n</section>\n");
		bp_buf_puts(out, "<section id=\"");
		part_id(out, bp_diff_parts[p]);
		bp_buf_puts(out, "\">\n");
		bp_html_elem(out, "h2", "", bp_diff_parts[p],
		    strlen(bp_diff_parts[p]));
		bp_buf_puts(out, "<ul>\n");
		pg->last = p;
	}
	bp_buf_printf(out, "<li><span class=\"change\">%s</span> ",
	    verbs[it->change]);
	bp_diff_label(out, bp_html_text, it, 1);
	bp_wdiff_item(&pg->wd, it);
	if (it->change == BP_CH_MOVED)
		bp_buf_printf(out, " from %u to %u", it->from, it->to);
	else if (pg->wd.n > 0) {
		bp_buf_puts(out, ": ");
		bp_walk_runs(out, &pg->raw, &pg->wd, bp_html_text, run_open,
		    run_close);
	}
	if (it->change == BP_CH_CHANGED && !bp_wdiff_changed(&pg->wd))
		bp_buf_puts(out, " (only white space changed)");
	bp_buf_puts(out, "</li>\n");
}

void
bp_html_diff(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_diff *d, const char *oldname, const char *newname)
{
	struct bp_buf	 title = BP_BUF_INIT;
	struct page	 pg;

	(void)o;
	memset(&pg, 0, sizeof(pg));
	pg.out = out;
	pg.last = SIZE_MAX;
	bp_buf_puts(&title, "Changes: ");
	bp_buf_puts(&title, oldname);
	bp_buf_puts(&title, " → ");
	bp_buf_puts(&title, newname);
	bp_html_page_start(out, title.data, title.len, NULL, diff_style);
	bp_buf_puts(out, "<main>\n");
	if (d->n == 0)
		bp_buf_puts(out, "<p>No differences.</p>\n");
	else
		bp_diff_each(d, change, &pg);
	if (pg.last != SIZE_MAX)
		bp_buf_puts(out, "</ul>\n</section>\n");
	bp_html_page_close(out);
	bp_buf_free(&title);
	bp_buf_free(&pg.raw);
	bp_wdiff_free(&pg.wd);
}
