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

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_doc.h"
#include "bp_render.h"
#include "bp_text.h"

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
 * The cell's text, hidden characters made visible (tabs are data, kept);
 * then, in TSV, a tab, a newline and every backslash escaped, those of
 * the visible escapes too ("\\u202e"): a reader that takes TSV's
 * escapes gets the escape back as text, never the character.
 */
static void
cell_text(struct bp_buf *out, const struct sheet *sh, const char *s,
    size_t len)
{
	struct bp_buf	 safe = BP_BUF_INIT;
	const char	*tab;
	size_t		 i, n;

	if (formula_like(s, len))
		bp_buf_putc(out, '\'');
	for (i = 0; i < len; i += n + 1) {
		tab = memchr(s + i, '\t', len - i);
		n = tab != NULL ? (size_t)(tab - (s + i)) : len - i;
		bp_text_safe(&safe, s + i, n);
		if (tab != NULL)
			bp_buf_putc(&safe, '\t');
	}
	if (!sh->tsv) {
		if (safe.len > 0)
			bp_buf_putn(out, safe.data, safe.len);
		bp_buf_free(&safe);
		return;
	}
	for (i = 0; i < safe.len; i++)
		switch (safe.data[i]) {
		case '\t':
			bp_buf_puts(out, "\\t");
			break;
		case '\n':
			bp_buf_puts(out, "\\n");
			break;
		case '\r':
			bp_buf_puts(out, "\\r");
			break;
		case '\\':
			bp_buf_puts(out, "\\\\");
			break;
		default:
			bp_buf_putc(out, safe.data[i]);
		}
	bp_buf_free(&safe);
}

/* One cell, quoted in CSV when it holds a comma, a quote or a line break. */
static void
cell(struct bp_buf *out, const struct sheet *sh, int first, const char *s,
    size_t len)
{
	struct bp_buf	 text = BP_BUF_INIT;
	size_t		 i;

	if (!first)
		bp_buf_puts(out, sh->sep);
	cell_text(&text, sh, s, len);
	if (sh->tsv || text.len == 0 || strcspn(text.data, ",\"\r\n") ==
	    text.len) {
		if (text.len > 0)	/* text.data is NULL when empty */
			bp_buf_putn(out, text.data, text.len);
		bp_buf_free(&text);
		return;
	}
	bp_buf_putc(out, '"');
	for (i = 0; i < text.len; i++) {
		if (text.data[i] == '"')
			bp_buf_putc(out, '"');
		/* Line breaks inside a quoted cell are CRLF, as rows end. */
		if (text.data[i] == '\n')
			bp_buf_putc(out, '\r');
		bp_buf_putc(out, text.data[i]);
	}
	bp_buf_putc(out, '"');
	bp_buf_free(&text);
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
