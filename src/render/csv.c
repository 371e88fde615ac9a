/*
 * The feature table for a spreadsheet: CSV as RFC 4180 has it, or TSV
 * (the IANA text/tab-separated-values type, with the backslash escapes
 * most readers take).  One header row, "Feature", a column per subject
 * shown, "Edge"; then a row per feature shown.  compare is the only
 * command that prints them (bp_format_cmds).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"

/* A cell's text is made visible and escaped this many bytes at a time. */
#define PIECE	4096

struct sheet {
	int		 tsv;
	const char	*sep;		/* between cells */
	const char	*eol;		/* after a row: CRLF in CSV (RFC 4180) */
};

/*
 * A cell a spreadsheet would take for a formula ("=1+1", "@SUM(...)")
 * is written after an apostrophe, which spreadsheets read as "text":
 * data from a file never runs as a formula (OWASP, CSV injection).
 */
static int
formula_like(const char *s, size_t len)
{
	return len > 0 && strchr("=+-@\t\r", s[0]) != NULL;
}

/*
 * Writes safe, a piece of a cell's text already made visible, as the
 * sheet has it: in TSV a tab, a newline, a carriage return and every
 * backslash escaped, those of the visible escapes too ("\\u202e"), so
 * that a reader that takes TSV's escapes gets the escape back as text,
 * never the character; in a quoted CSV field a quote doubled and a
 * newline CRLF, as records end; else as it is.
 */
static void
cell_piece(struct bp_buf *out, const struct sheet *sh, int quoted,
    const char *safe, size_t len)
{
	size_t	 i;

	if (!sh->tsv && !quoted) {
		bp_buf_putn(out, safe, len);
		return;
	}
	for (i = 0; i < len; i++) {
		if (sh->tsv)
			switch (safe[i]) {
			case '\t':
				bp_buf_puts(out, "\\t");
				continue;
			case '\n':
				bp_buf_puts(out, "\\n");
				continue;
			case '\r':
				bp_buf_puts(out, "\\r");
				continue;
			case '\\':
				bp_buf_puts(out, "\\\\");
				continue;
			}
		else if (safe[i] == '"')
			bp_buf_putc(out, '"');
		else if (safe[i] == '\n')
			bp_buf_putc(out, '\r');
		bp_buf_putc(out, safe[i]);
	}
}

/*
 * Whether a CSV cell is quoted: when it holds a comma, a quote or a line
 * break, as RFC 4180 has it, and a tab too: a reader that splits at tabs
 * as well (a spreadsheet's import asked for both) would start a cell
 * there, perhaps with "=".  What bp_text_safe adds (\e, \xHH, \uHHHH)
 * holds none of them and a raw CR never stays, so the raw text tells.
 */
static int
quote_csv(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if (s[i] != '\0' && strchr(",\"\n\t", s[i]) != NULL)
			return 1;
	return 0;
}

/*
 * One cell: its text with hidden characters made visible (tabs are data,
 * kept) and escaped for the sheet, a piece at a time, so that a long
 * text costs a piece of memory, not two copies of its size.
 */
static void
cell(struct bp_buf *out, const struct sheet *sh, int first, const char *s,
    size_t len)
{
	struct bp_buf	 safe = BP_BUF_INIT;
	const char	*tab;
	size_t		 i, run;
	int		 quoted;

	if (!first)
		bp_buf_puts(out, sh->sep);
	quoted = !sh->tsv && quote_csv(s, len);
	if (quoted)
		bp_buf_putc(out, '"');
	if (formula_like(s, len))
		bp_buf_putc(out, '\'');
	for (i = 0; i < len; i += run) {
		/* bp_text_safe shows a tab as a space: tabs go round it. */
		if (s[i] == '\t') {
			cell_piece(out, sh, quoted, "\t", 1);
			run = 1;
			continue;
		}
		run = bp_utf8_piece(s + i, len - i, PIECE);
		if ((tab = memchr(s + i, '\t', run)) != NULL)
			run = (size_t)(tab - (s + i));
		safe.len = 0;
		bp_text_safe(&safe, s + i, run);
		cell_piece(out, sh, quoted, safe.data, safe.len);
	}
	if (quoted)
		bp_buf_putc(out, '"');
	bp_buf_free(&safe);
}

static void
sheet_compare(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o, const struct sheet *sh)
{
	const struct bp_feature	*f;
	const struct bp_value	*v;
	const struct bp_subject	*s;
	const struct bp_value	**values;
	struct bp_by_subject	 by;
	struct bp_buf		 edge = BP_BUF_INIT;
	size_t			 r, c;

	cell(out, sh, 1, LIT("Feature"));
	for (c = 0; c < bp_cols_n(d, o); c++) {
		s = &d->subjects[bp_col(d, o, c)];
		cell(out, sh, 0, s->shortname.s, s->shortname.len);
	}
	cell(out, sh, 0, LIT("Edge"));
	bp_buf_puts(out, sh->eol);
	bp_by_subject_init(&by, d);
	values = bp_calloc(d->nsubjects + 1, sizeof(*values));
	for (r = 0; r < bp_rows_n(d, o); r++) {
		f = bp_row(d, o, r);
		cell(out, sh, 1, f->label.s, f->label.len);
		bp_by_subject(&by, f, values);
		for (c = 0; c < bp_cols_n(d, o); c++) {
			v = values[bp_col(d, o, c)];
			cell(out, sh, 0, v != NULL ? v->text.s : "",
			    v != NULL ? v->text.len : 0);
		}
		edge.len = 0;
		if (bp_edge_label(&edge, d, f))
			cell(out, sh, 0, edge.data, edge.len);
		else
			cell(out, sh, 0, LIT(""));
		bp_buf_puts(out, sh->eol);
	}
	free(values);
	bp_buf_free(&edge);
	bp_by_subject_free(&by);
}

static void
csv_compare(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	static const struct sheet csv = { 0, ",", "\r\n" };

	sheet_compare(out, d, o, &csv);
}

static void
tsv_compare(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	static const struct sheet tsv = { 1, "\t", "\n" };

	sheet_compare(out, d, o, &tsv);
}

const struct bp_renderer bp_csv_renderer = {
	.compare = csv_compare,
};

const struct bp_renderer bp_tsv_renderer = {
	.compare = tsv_compare,
};
