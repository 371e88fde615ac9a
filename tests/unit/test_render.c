/* Every renderer, at every width from 20 to 200, on every fixture: no line too wide. */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <cjson/cJSON.h>

#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_text.h"
#include "model/bp_data.h"
#include "model/bp_doc.h"
#include "model/bp_validate.h"
#include "query/bp_search.h"
#include "render/bp_render.h"
#include "render/bp_term.h"
#include "gen.h"
#include "invariants.h"

static struct bp_doc *
load_file(const char *name)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;
	char		 path[512], *text;
	const char	*dir = getenv("BP_FIXTURES");
	FILE		*fp;
	long		 n;

	snprintf(path, sizeof(path), "%s/%s", dir ? dir : "tests/fixtures",
	    name);
	fp = fopen(path, "rb");
	assert_non_null(fp);
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	text = malloc((size_t)n + 1);
	assert_non_null(text);
	assert_int_equal(fread(text, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	bp_diags_init(&dg, name);
	d = bp_load(name, text, (size_t)n, &dg);
	assert_non_null(d);
	bp_validate(d, &dg);
	assert_int_equal(dg.nerrors, 0);
	bp_diags_free(&dg);
	free(text);
	return d;
}

static struct bp_doc *
load_builtin(void)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;

	bp_diags_init(&dg, "(built-in)");
	d = bp_load("(built-in)", bp_default_data, bp_default_len, &dg);
	assert_non_null(d);
	bp_diags_free(&dg);
	return d;
}

/* Fails with the invariant's message when the text output breaks it. */
static void
assert_fits(struct bp_buf *b, size_t width, int color, const char *what)
{
	const char	*err;

	assert_non_null(b->data);
	if ((err = inv_term(b->data, b->len, width, color)) != NULL)
		fail_msg("%s at width %zu: %s", what, width, err);
	b->len = 0;
}

/* Every command at widths from..to (every step-th) fits. */
static void
fits_at(const struct bp_doc *d, size_t from, size_t to, size_t step)
{
	static const struct bp_cmdinfo cmds[] = {
		{ "compare", "Feature-by-feature table" },
		{ "sources", "Cited sources" },
	};
	static char *const terms[] = { (char *)"e" };
	static char *const cjk[] = { (char *)"茶" };
	struct bp_opts	 o;
	struct bp_buf	 b = BP_BUF_INIT;
	struct bp_query	 hits;
	size_t		 i, w;
	int		 ascii, layout;

	/* Terms found nearly everywhere, so every kind of hit is drawn. */
	if (bp_search(d, terms, 1, &hits) == 0) {
		bp_query_free(&hits);
		bp_search(d, cjk, 1, &hits);
	}

	for (w = from; w <= to; w += step)
	for (ascii = 0; ascii < 2; ascii++)
	for (layout = 0; layout < BP_LAYOUT__MAX; layout++) {
		memset(&o, 0, sizeof(o));
		o.width = w;
		o.ascii = ascii;
		o.layout = (enum bp_layout)layout;
		/* Color must not change the layout: measured without SGR. */
		o.color = (w + (size_t)layout) % 2;
		/* Nor must links: OSC 8 around URLs takes no column. */
		o.hyperlinks = (w / 2 + (size_t)ascii) % 2;
		bp_term_compare(&b, d, &o);
		assert_fits(&b, w, o.color, "compare");
		bp_term_renderer.export(&b, d, &o);	/* its table too */
		assert_fits(&b, w, o.color, "export");
		if (ascii || layout)
			continue;	/* only the table looks at them */
		bp_term_overview(&b, d, &o, cmds, 2);
		assert_fits(&b, w, o.color, "overview");
		bp_term_verdict(&b, d, &o);
		assert_fits(&b, w, o.color, "verdict");
		bp_term_faq_list(&b, d, &o);
		assert_fits(&b, w, o.color, "faq");
		for (i = 0; i < d->nfaqs; i++) {
			bp_term_faq(&b, d, &d->faqs[i], &o);
			assert_fits(&b, w, o.color, "faq ID");
		}
		bp_term_section_list(&b, d, &o);
		assert_fits(&b, w, o.color, "show");
		for (i = 0; i < d->nsections; i++) {
			bp_term_section(&b, d, &d->sections[i], &o);
			assert_fits(&b, w, o.color, "show ID");
		}
		bp_term_sources(&b, d, &o);
		assert_fits(&b, w, o.color, "sources");
		if (hits.nitems > 0) {
			bp_term_search(&b, d, &hits, &o);
			assert_fits(&b, w, o.color, "search");
		}
	}
	/* --subjects: the last alone, then the first alone. */
	for (w = from; w <= to; w += step * 5)
	for (i = 0; i < 2; i++) {
		size_t	 col = i == 0 ? d->nsubjects - 1 : 0;

		memset(&o, 0, sizeof(o));
		o.width = w;
		o.cols = &col;
		o.ncols = 1;
		bp_term_compare(&b, d, &o);
		assert_fits(&b, w, 0, "compare --subjects");
		bp_term_verdict(&b, d, &o);
		assert_fits(&b, w, 0, "verdict --subjects");
		bp_term_renderer.export(&b, d, &o);
		assert_fits(&b, w, 0, "export --subjects");
	}
	bp_buf_free(&b);
	bp_query_free(&hits);
}

static void
every_command_fits(const struct bp_doc *d)
{
	fits_at(d, BP_MIN_WIDTH, 200, 1);
}

/* Checks one rendering with check(), then empties the buffer. */
static void
holds(struct bp_buf *b, const char *(*check)(const char *, size_t),
    const char *what)
{
	const char	*err;

	assert_non_null(b->data);
	if ((err = check(b->data, b->len)) != NULL)
		fail_msg("%s: %s\n%s", what, err, b->data);
	b->len = 0;
}

static const char *
inv_csv_rfc(const char *out, size_t len)
{
	return inv_csv(out, len, 0);
}

static const char *
inv_tsv(const char *out, size_t len)
{
	return inv_csv(out, len, 1);
}

/*
 * Markdown cannot carry HTML (but its anchors) or a bad link, JSON is
 * valid, an HTML page holds only its allowed tags and escaped text, CSV
 * and TSV parse and run no formula: every command of each (those it
 * has), export too, checked one at a time; then compare, verdict and
 * export with only some subjects shown (--subjects): the last alone,
 * the first alone, all in reverse.
 */
static void
markdown_and_json_hold(const struct bp_doc *d)
{
	static const struct {
		const struct bp_renderer	*R;
		const char			*(*check)(const char *, size_t);
		const char			*name;
	} formats[] = {
		{ &bp_md_renderer, inv_markdown, "markdown" },
		{ &bp_json_renderer, inv_json, "json" },
		{ &bp_html_renderer, inv_html, "html" },
		{ &bp_csv_renderer, inv_csv_rfc, "csv" },
		{ &bp_tsv_renderer, inv_tsv, "tsv" },
	};
	static char *const terms[] = { (char *)"e" };
	struct bp_opts	 o = { .width = 80, .data = "my file's.yaml" };
	struct bp_buf	 b = BP_BUF_INIT;
	struct bp_query	 q;
	size_t		 i, f, pass, *cols;

	bp_search(d, terms, 1, &q);
	cols = calloc(d->nsubjects + 1, sizeof(*cols));
	assert_non_null(cols);
	for (f = 0; f < sizeof(formats) / sizeof(formats[0]); f++) {
		const struct bp_renderer *R = formats[f].R;
		const char *(*check)(const char *, size_t) = formats[f].check;
		const char *name = formats[f].name;

		o.cols = NULL;
		o.ncols = 0;
		if (R->overview != NULL) {
			R->overview(&b, d, &o, NULL, 0);
			holds(&b, check, name);
		}
		if (R->faq_list != NULL) {
			R->faq_list(&b, d, &o);
			holds(&b, check, name);
		}
		for (i = 0; R->faq != NULL && i < d->nfaqs; i++) {
			R->faq(&b, d, &d->faqs[i], &o);
			holds(&b, check, name);
		}
		if (R->section_list != NULL) {
			R->section_list(&b, d, &o);
			holds(&b, check, name);
		}
		for (i = 0; R->section != NULL && i < d->nsections; i++) {
			R->section(&b, d, &d->sections[i], &o);
			holds(&b, check, name);
		}
		if (R->sources != NULL) {
			R->sources(&b, d, &o);
			holds(&b, check, name);
		}
		for (i = 0; R->source != NULL && i < d->nsources; i++) {
			R->source(&b, d, &d->sources[i], &o);
			holds(&b, check, name);
		}
		if (R->search != NULL && q.nitems > 0) {
			R->search(&b, d, &q, &o);
			holds(&b, check, name);
		}
		/* All subjects, the last, the first, all in reverse. */
		for (pass = 0; pass < 4; pass++) {
			if (pass == 1 || pass == 2) {
				cols[0] = pass == 1 ? d->nsubjects - 1 : 0;
				o.cols = cols;
				o.ncols = 1;
			} else if (pass == 3) {
				for (i = 0; i < d->nsubjects; i++)
					cols[i] = d->nsubjects - 1 - i;
				o.ncols = d->nsubjects;
			}
			R->compare(&b, d, &o);
			holds(&b, check, name);
			if (R->verdict != NULL) {
				R->verdict(&b, d, &o);
				holds(&b, check, name);
			}
			if (R->export != NULL) {
				R->export(&b, d, &o);
				holds(&b, check, name);
			}
		}
	}
	o.cols = NULL;
	o.ncols = 0;
	bp_json_dump(&b, d, &o);
	holds(&b, inv_json, "dump");
	free(cols);
	bp_query_free(&q);
	bp_buf_free(&b);
}

static void
builtin_fits_every_width(void **state)
{
	struct bp_doc	*d = load_builtin();

	(void)state;
	every_command_fits(d);
	markdown_and_json_hold(d);
	bp_doc_free(d);
}

static void
fixture_fits_every_width(void **state)
{
	struct bp_doc	*d = load_file(*state);

	every_command_fits(d);
	markdown_and_json_hold(d);
	bp_doc_free(d);
}

/* ---- Random documents of hard text: the invariants, by property. ---- */

static unsigned
rnd(unsigned n)
{
	return gen_rnd(n);
}

/* A YAML double-quoted text: "x" then up to max hard pieces. */
static void
quoted(struct bp_buf *y, size_t max)
{
	static const char *const words[] = {
		"http://x.org/a_b", "https://e.com/<img onerror=x>", "www.a.com",
		"a@b.co", "javascript:alert(1)", "<script>", "&amp;", "1. ",
		"- ", "# ", "> ", "```", "    ", "[x]: http://a", "![i](x)",
		"<http://a>", "| a |", "mailto:a@b.co", "xmpp:a@b.co",
		"[^1]", "\\", "\u202e", "\n- ", "\n  - ", "\n\n- ",
	};

	gen_quoted(y, max, words, sizeof(words) / sizeof(words[0]), 6);
}

/* A valid comparison of 2 to 4 subjects whose every text is hard. */
static struct bp_doc *
random_doc(void)
{
	struct bp_buf	 y = BP_BUF_INIT;
	struct bp_diags	 dg;
	struct bp_doc	*d;
	size_t		 ns = 2 + rnd(3), nf = 1 + rnd(4), i, k;

	bp_buf_puts(&y, "format: 1\ntitle: ");
	quoted(&y, 12);
	bp_buf_puts(&y, "\nupdated: 2026-11-26\nsummary: ");
	quoted(&y, 60);
	bp_buf_puts(&y, "\nsubjects:\n");
	for (i = 0; i < ns; i++) {
		bp_buf_printf(&y, "  - {id: s%zu, short: ", i);
		quoted(&y, 4);
		bp_buf_puts(&y, ", name: ");
		quoted(&y, 10);
		if (rnd(2)) {
			bp_buf_puts(&y, ", label: ");
			quoted(&y, 10);
		}
		bp_buf_puts(&y, "}\n");
	}
	bp_buf_puts(&y, "features:\n");
	for (i = 0; i < nf; i++) {
		bp_buf_printf(&y, "  - id: f%zu\n    label: ", i);
		quoted(&y, 12);
		if (rnd(3) == 0)
			bp_buf_puts(&y, "\n    edge: tie");
		else if (rnd(2) == 0)
			bp_buf_printf(&y, "\n    edge: s%u", rnd((unsigned)ns));
		else if (ns > 2 && rnd(2) == 0)
			bp_buf_printf(&y, "\n    edge: [s%zu, s%zu]", i % ns,
			    (i + 1) % ns);
		bp_buf_puts(&y, "\n    values:\n");
		for (k = 0; k < ns; k++) {
			bp_buf_printf(&y, "      s%zu: ", (k + i) % ns);
			quoted(&y, 30);
			bp_buf_putc(&y, '\n');
		}
	}
	bp_buf_puts(&y, "choose:\n  s0: [");
	quoted(&y, 20);
	bp_buf_puts(&y, ", ");
	quoted(&y, 20);
	bp_buf_puts(&y, "]\nsections:\n  - {id: c0, title: ");
	quoted(&y, 10);
	bp_buf_puts(&y, ", body: ");
	quoted(&y, 80);
	bp_buf_puts(&y, ", sources: [r0]}\nfaq:\n  - {id: q0, question: ");
	quoted(&y, 14);
	bp_buf_puts(&y, ", answer: ");
	quoted(&y, 80);
	bp_buf_puts(&y, ", keywords: [");
	quoted(&y, 6);
	bp_buf_puts(&y, "], sources: [r0]}\nsources:\n  - {id: r0, title: ");
	quoted(&y, 10);
	bp_buf_puts(&y, ", publisher: ");
	quoted(&y, 8);
	bp_buf_puts(&y, ", url: \"https://example.org/a_b(c)?d=1#e\"}\n");

	bp_diags_init(&dg, "random");
	d = bp_load("random", y.data, y.len, &dg);
	assert_non_null(d);
	bp_validate(d, &dg);
	if (dg.nerrors > 0) {
		bp_diags_print(&dg);
		fail_msg("a random document does not load:\n%s", y.data);
	}
	bp_diags_free(&dg);
	bp_buf_free(&y);
	return d;
}

static void
random_documents_hold_every_invariant(void **state)
{
	struct bp_doc	*d;
	size_t		 i;

	(void)state;
	for (i = 0; i < 400; i++) {
		d = random_doc();
		fits_at(d, BP_MIN_WIDTH + i % 7, 200, 23);
		markdown_and_json_hold(d);
		bp_doc_free(d);
	}
}

static void
wide_table_keeps_three_columns_side_by_side(void **state)
{
	struct bp_doc	*d = load_file("three.yaml");
	struct bp_opts	 o = { .width = 120, .layout = BP_LAYOUT_AUTO };
	struct bp_buf	 b = BP_BUF_INIT;

	(void)state;
	bp_term_compare(&b, d, &o);
	assert_non_null(strstr(b.data, "│ Feature "));
	assert_non_null(strstr(b.data, "│ Tea "));
	assert_non_null(strstr(b.data, "│ Coffee "));
	assert_non_null(strstr(b.data, "│ Cocoa "));
	bp_buf_free(&b);
	bp_doc_free(d);
}

/* ---- HTML, CSV and TSV: what data holds is text, never markup or formula. ---- */

/* The rendering must hold its invariant; then is b's text, NUL-ended. */
static void
held(struct bp_buf *b, const char *err, const char *what)
{
	assert_non_null(b->data);
	if (err != NULL)
		fail_msg("%s: %s\n%s", what, err, b->data);
}

static void
html_escapes_data_markup(void **state)
{
	static const char yaml[] =
	    "format: 1\n"
	    "title: \"<script>alert(1)</script> \\\"q\\\" & 'a' "
	    "\\u202Eevil\"\n"
	    "summary: \"Sum <b>x</b> & y\"\n"
	    "subjects:\n"
	    "  - {id: a, short: \"<i>A</i>\", name: \"A \\\"one\\\"\"}\n"
	    "  - {id: b, short: B, name: B & co}\n"
	    "features:\n"
	    "  - id: f\n"
	    "    label: \"<script>alert(1)</script>\"\n"
	    "    edge: a\n"
	    "    values:\n"
	    "      a: \"1 & 2 \\\"x\\\" \\u202E\"\n"
	    "      b: \"<img src=x onerror=alert(1)>\"\n"
	    "sources:\n"
	    "  - {id: s, title: \"<i>T</i>\", "
	    "url: \"https://example.org/?a=1&b=2\"}\n";
	static const char *const raw[] = {
		"<script", "<img", "<i>", "<b>", "\"q\"", "\"one\"", "B & co",
		"\xe2\x80\xae",	/* U+202E, the bidi override */
	};
	static const char *const shown[] = {
		"&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &amp; "
		    "&#39;a&#39; \\u202eevil",
		"<th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;</th>",
		"<td data-label=\"&lt;i&gt;A&lt;/i&gt;\">1 &amp; 2 &quot;x&quot; "
		    "\\u202e</td>",
		"&lt;img src=x onerror=alert(1)&gt;",
		"A &quot;one&quot; and B &amp; co",
	};
	struct bp_doc	*d = gen_load(yaml);
	struct bp_opts	 o = { .width = 80 };
	struct bp_buf	 b = BP_BUF_INIT;
	size_t		 i;
	int		 k;

	(void)state;
	for (k = 0; k < 2; k++) {
		b.len = 0;
		if (k == 0)
			bp_html_renderer.export(&b, d, &o);
		else
			bp_html_renderer.compare(&b, d, &o);
		held(&b, inv_html(b.data, b.len), "html");
		for (i = 0; i < sizeof(raw) / sizeof(raw[0]); i++)
			if (strstr(b.data, raw[i]) != NULL)
				fail_msg("raw \"%s\" in:\n%s", raw[i], b.data);
		for (i = 0; i < sizeof(shown) / sizeof(shown[0]); i++)
			if (strstr(b.data, shown[i]) == NULL)
				fail_msg("no \"%s\" in:\n%s", shown[i], b.data);
	}
	/* The source: its URL escaped in the link, which opens nothing. */
	assert_non_null(strstr(b.data, "<title>&lt;script&gt;"));
	b.len = 0;
	bp_html_renderer.export(&b, d, &o);
	assert_non_null(strstr(b.data, "<a href=\"https://example.org/?a=1&amp;"
	    "b=2\" rel=\"noopener noreferrer\">&lt;i&gt;T&lt;/i&gt;</a>"));
	bp_buf_free(&b);
	bp_doc_free(d);
}

/*
 * A comparison for the sheets: feature f's value for a is set to text
 * no data file can give (one-line texts are folded), here held.
 */
static struct bp_doc *
sheet_doc(char *held_text)
{
	static const char yaml[] =
	    "format: 1\ntitle: T\nsummary: S\n"
	    "subjects:\n"
	    "  - {id: a, short: A, name: Alpha}\n"
	    "  - {id: b, short: \"@b\", name: Beta}\n"
	    "features:\n"
	    "  - id: f\n"
	    "    label: L\n"
	    "    values: {a: x, b: \"=1+1\"}\n"
	    "  - id: g\n"
	    "    label: \"-g\"\n"
	    "    edge: a\n"
	    "    values: {a: \"+1\", b: \"plain\"}\n";
	struct bp_doc	*d = gen_load(yaml);
	size_t		 i;

	for (i = 0; i < d->features[0].nvalues; i++)
		if (strcmp(d->features[0].values[i].subject.s, "a") == 0) {
			d->features[0].values[i].text.s = held_text;
			d->features[0].values[i].text.len =
			    (unsigned int)strlen(held_text);
		}
	return d;
}

static void
sheet_is(const struct bp_renderer *R, char *text, const char *want)
{
	struct bp_doc	*d = sheet_doc(text);
	struct bp_opts	 o = { .width = 80 };
	struct bp_buf	 b = BP_BUF_INIT;

	R->compare(&b, d, &o);
	held(&b, inv_csv(b.data, b.len, R == &bp_tsv_renderer),
	    R == &bp_tsv_renderer ? "tsv" : "csv");
	if (strcmp(b.data, want) != 0)
		fail_msg("got:\n%s\nwant:\n%s", b.data, want);
	bp_buf_free(&b);
	bp_doc_free(d);
}

/* RFC 4180: quoted, "" for a quote, CRLF inside as at a record's end. */
static void
csv_quotes_per_rfc4180(void **state)
{
	static char	 text[] = "a, \"b\"\nc";

	(void)state;
	sheet_is(&bp_csv_renderer, text,
	    "Feature,A,'@b,Edge\r\n"
	    "L,\"a, \"\"b\"\"\r\nc\",'=1+1,\r\n"
	    "'-g,'+1,plain,A\r\n");
}

/* TSV: a tab, a newline, a backslash escaped; nothing quoted. */
static void
tsv_escapes_tab_newline_backslash(void **state)
{
	static char	 text[] = "t\tb\\c\nd \"q\", e";

	(void)state;
	sheet_is(&bp_tsv_renderer, text,
	    "Feature\tA\t'@b\tEdge\n"
	    "L\tt\\tb\\\\c\\nd \"q\", e\t'=1+1\t\n"
	    "'-g\t'+1\tplain\tA\n");
}

/*
 * A hidden character is shown as its escape (\u202e), whose backslash
 * TSV doubles as any other: a reader that takes TSV's escapes reads the
 * escape back as text, never the character (nor, for "\x1b", a control).
 */
static void
tsv_shows_hidden_escaped(void **state)
{
	static char	 text[] = "a\xe2\x80\xae\x1b" "b";

	(void)state;
	sheet_is(&bp_tsv_renderer, text,
	    "Feature\tA\t'@b\tEdge\n"
	    "L\ta\\\\u202e\\\\eb\t'=1+1\t\n"
	    "'-g\t'+1\tplain\tA\n");
	sheet_is(&bp_csv_renderer, text,
	    "Feature,A,'@b,Edge\r\n"
	    "L,a\\u202e\\eb,'=1+1,\r\n"
	    "'-g,'+1,plain,A\r\n");
}

/* A formula-like start (= + - @) gets an apostrophe, in both. */
static void
sheets_neutralize_formulas(void **state)
{
	static char	 text[] = "=HYPERLINK(\"http://x\")";

	(void)state;
	sheet_is(&bp_csv_renderer, text,
	    "Feature,A,'@b,Edge\r\n"
	    "L,\"'=HYPERLINK(\"\"http://x\"\")\",'=1+1,\r\n"
	    "'-g,'+1,plain,A\r\n");
	sheet_is(&bp_tsv_renderer, text,
	    "Feature\tA\t'@b\tEdge\n"
	    "L\t'=HYPERLINK(\"http://x\")\t'=1+1\t\n"
	    "'-g\t'+1\tplain\tA\n");
}

/*
 * A tab inside a CSV cell is quoted: a reader that splits at tabs too
 * (a spreadsheet's import asked for both) would otherwise start a cell
 * at "=1+1", with no apostrophe before it.  TSV escapes it as \t.
 */
static void
csv_quotes_a_tab_so_no_formula_follows_it(void **state)
{
	static char	 text[] = "x\t=1+1", lead[] = "\t=1";

	(void)state;
	sheet_is(&bp_csv_renderer, text,
	    "Feature,A,'@b,Edge\r\n"
	    "L,\"x\t=1+1\",'=1+1,\r\n"
	    "'-g,'+1,plain,A\r\n");
	sheet_is(&bp_tsv_renderer, text,
	    "Feature\tA\t'@b\tEdge\n"
	    "L\tx\\t=1+1\t'=1+1\t\n"
	    "'-g\t'+1\tplain\tA\n");
	sheet_is(&bp_csv_renderer, lead,
	    "Feature,A,'@b,Edge\r\n"
	    "L,\"'\t=1\",'=1+1,\r\n"
	    "'-g,'+1,plain,A\r\n");
}

/*
 * Long text goes out a piece at a time (memory stays that of a piece):
 * made safe and escaped in pieces, it must come out byte for byte as it
 * would whole, whatever character a piece's end falls in.  Units of 9
 * bytes (a tab, a backslash, a quote, a comma, U+200B, a newline)
 * after 0 to 3 bytes, so that the ends fall everywhere in them.
 */
static void
sheets_long_text_escaped_a_piece_at_a_time(void **state)
{
	static const char unit[] = "a\t\\\",\xe2\x80\x8b\n";
	struct bp_buf	 text = BP_BUF_INIT, csv = BP_BUF_INIT,
			 tsv = BP_BUF_INIT;
	size_t		 lead, i;

	(void)state;
	for (lead = 0; lead < 4; lead++) {
		text.len = csv.len = tsv.len = 0;
		bp_buf_puts(&csv, "Feature,A,'@b,Edge\r\nL,\"");
		bp_buf_puts(&tsv, "Feature\tA\t'@b\tEdge\nL\t");
		bp_buf_repeat(&text, "x", lead);
		bp_buf_repeat(&csv, "x", lead);
		bp_buf_repeat(&tsv, "x", lead);
		for (i = 0; i < 3000; i++) {
			bp_buf_puts(&text, unit);
			bp_buf_puts(&csv, "a\t\\\"\",\\u200b\r\n");
			bp_buf_puts(&tsv, "a\\t\\\\\",\\\\u200b\\n");
		}
		bp_buf_puts(&csv, "\",'=1+1,\r\n'-g,'+1,plain,A\r\n");
		bp_buf_puts(&tsv, "\t'=1+1\t\n'-g\t'+1\tplain\tA\n");
		sheet_is(&bp_csv_renderer, text.data, csv.data);
		sheet_is(&bp_tsv_renderer, text.data, tsv.data);
	}
	bp_buf_free(&text);
	bp_buf_free(&csv);
	bp_buf_free(&tsv);
}

/* The same in HTML: tag characters (4 bytes, shown in 10) and '<'. */
static void
html_long_text_made_safe_a_piece_at_a_time(void **state)
{
	struct bp_buf	 text = BP_BUF_INIT, want = BP_BUF_INIT,
			 b = BP_BUF_INIT;
	struct bp_opts	 o = { .width = 80 };
	struct bp_doc	*d;
	size_t		 lead, i;

	(void)state;
	for (lead = 0; lead < 4; lead++) {
		text.len = want.len = b.len = 0;
		bp_buf_puts(&want, "\">");
		bp_buf_repeat(&text, "x", lead);
		bp_buf_repeat(&want, "x", lead);
		for (i = 0; i < 3000; i++) {
			bp_buf_puts(&text, "<\xf3\xa0\x81\x81");
			bp_buf_puts(&want, "&lt;\\U000e0041");
		}
		bp_buf_puts(&want, "</td>");
		d = sheet_doc(text.data);
		bp_html_renderer.compare(&b, d, &o);
		held(&b, inv_html(b.data, b.len), "html");
		if (strstr(b.data, want.data) == NULL)
			fail_msg("lead %zu: the text is not shown whole", lead);
		bp_doc_free(d);
	}
	bp_buf_free(&text);
	bp_buf_free(&want);
	bp_buf_free(&b);
}

/*
 * JSON strings go through cJSON a piece (4096 bytes) at a time, into a
 * buffer made for the worst case: every byte a control character,
 * written \u00XX.  Runs of them of every length around one, two and
 * three pieces must fit it, and come out whole.
 */
static void
json_all_escape_pieces_fit_their_buffer(void **state)
{
	struct bp_buf	 text = BP_BUF_INIT, want = BP_BUF_INIT,
			 b = BP_BUF_INIT;
	struct bp_opts	 o = { .width = 80 };
	struct bp_doc	*d;
	size_t		 n;

	(void)state;
	for (n = 1; n <= 3 * 4096 + 3; n++) {
		/* Within 3 of a multiple of a piece. */
		if (n % 4096 > 3 && n % 4096 < 4096 - 3)
			continue;
		text.len = want.len = b.len = 0;
		bp_buf_repeat(&text, "\x1b", n);
		bp_buf_putc(&want, '"');
		bp_buf_repeat(&want, "\\u001b", n);
		bp_buf_putc(&want, '"');
		d = sheet_doc(text.data);
		bp_json_renderer.compare(&b, d, &o);
		held(&b, inv_json(b.data, b.len), "json");
		if (strstr(b.data, want.data) == NULL)
			fail_msg("%zu controls: not written whole", n);
		bp_doc_free(d);
	}
	bp_buf_free(&text);
	bp_buf_free(&want);
	bp_buf_free(&b);
}

/*
 * What cJSON made of a string, with the hidden characters it leaves raw
 * then written as \u escapes: the way bpolpo wrote JSON strings before
 * it escaped them itself, kept here as the reference.
 */
static void
cjson_reference(struct bp_buf *out, const char *s)
{
	static char	 printed[6 * 64 + 8];
	cJSON		 item;
	size_t		 i, n, len;
	uint32_t	 c;

	memset(&item, 0, sizeof(item));
	item.type = cJSON_String;
	item.valuestring = (char *)(uintptr_t)s;
	assert_true(cJSON_PrintPreallocated(&item, printed, sizeof(printed),
	    0));
	len = strlen(printed);
	for (i = 0; i < len; i += n) {
		n = 1;
		if ((unsigned char)printed[i] < 0x7f) {
			bp_buf_putc(out, printed[i]);
			continue;
		}
		n = bp_utf8_decode(printed + i, len - i, &c);
		if (!bp_char_hidden(c))
			bp_buf_putn(out, printed + i, n);
		else if (c <= 0xffff)
			bp_buf_printf(out, "\\u%04x", (unsigned)c);
		else
			bp_buf_printf(out, "\\u%04x\\u%04x",
			    (unsigned)(0xd800 + ((c - 0x10000) >> 10)),
			    (unsigned)(0xdc00 + ((c - 0x10000) & 0x3ff)));
	}
}

/*
 * bp_json_string() writes every string byte for byte as cJSON and the
 * hidden-character pass did: random strings of ASCII, quotes,
 * backslashes, every control, DEL, hidden and plain characters, and
 * bytes that are no UTF-8.
 */
static void
json_strings_escape_as_cjson_does(void **state)
{
	static const char *const	 bits[] = {
		"a", "Z", " ", "\"", "\\", "/", "\x7f", "\xc3\xa9",
		"\xe2\x80\xae", "\xe2\x80\xa8", "\xef\xbb\xbf",
		"\xf3\xa0\x80\x81", "\xf0\x9f\x98\x80", "\xe2\x80\x94",
		"\xc2\x85", "\xff", "\xc3", "\xe2\x80",
	};
	struct bp_buf	 want = BP_BUF_INIT, got = BP_BUF_INIT;
	char		 text[64 * 4 + 1];
	size_t		 i, k, n, len;

	(void)state;
	for (i = 0; i < 20000; i++) {
		n = rnd(40);
		for (len = k = 0; k < n; k++) {
			if (rnd(3) == 0)
				text[len++] = (char)(1 + rnd(0x1f));
			else {
				const char	*b = bits[rnd(sizeof(bits) /
				    sizeof(bits[0]))];

				memcpy(text + len, b, strlen(b));
				len += strlen(b);
			}
		}
		text[len] = '\0';
		want.len = got.len = 0;
		cjson_reference(&want, text);
		bp_json_string(&got, text, len);
		if (got.len != want.len || memcmp(got.data, want.data,
		    got.len) != 0)
			fail_msg("'%s': %.*s, not %.*s", text, (int)got.len,
			    got.data, (int)want.len, want.data);
	}
	bp_buf_free(&want);
	bp_buf_free(&got);
}

/*
 * A URL longer than a piece of the wrapper (64 KiB) is cut where the
 * piece ends: that part is not a link to the cut address, but a URL
 * whole on another line still is.
 */
static void
long_url_cut_at_a_piece_is_no_link(void **state)
{
	static const char short_url[] = "https://short.example/x";
	struct bp_buf	 y = BP_BUF_INIT, b = BP_BUF_INIT;
	struct bp_opts	 o = { .width = 80, .hyperlinks = 1 };
	struct bp_doc	*d;
	const char	*p, *end;
	size_t		 nlinks = 0;

	(void)state;
	bp_buf_printf(&y, "format: 1\ntitle: T\nsummary: \"see %s and "
	    "https://example.org/", short_url);
	bp_buf_repeat(&y, "a", 70000);
	bp_buf_puts(&y, " end\"\nsubjects:\n"
	    "  - {id: a, short: A, name: Alpha}\n"
	    "  - {id: b, short: B, name: Beta}\n"
	    "features:\n  - {id: f, label: F, values: {a: x, b: y}}\n");
	d = gen_load(y.data);
	bp_term_overview(&b, d, &o, NULL, 0);
	assert_non_null(b.data);
	for (p = b.data; (p = strstr(p, "\033]8;;")) != NULL; p = end + 2) {
		p += 5;
		end = strstr(p, "\033\\");
		assert_non_null(end);
		if (end == p)
			continue;	/* a link's end */
		if ((size_t)(end - p) != strlen(short_url) ||
		    memcmp(p, short_url, (size_t)(end - p)) != 0)
			fail_msg("a link to %.40s... (%zu bytes)", p,
			    (size_t)(end - p));
		nlinks++;
	}
	assert_int_equal(nlinks, 1);
	bp_buf_free(&y);
	bp_buf_free(&b);
	bp_doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(builtin_fits_every_width),
		cmocka_unit_test_prestate(fixture_fits_every_width,
		    (void *)"three.yaml"),
		cmocka_unit_test_prestate(fixture_fits_every_width,
		    (void *)"cjk.yaml"),
		cmocka_unit_test_prestate(fixture_fits_every_width,
		    (void *)"controls.yaml"),
		cmocka_unit_test_prestate(fixture_fits_every_width,
		    (void *)"markup.yaml"),
		cmocka_unit_test_prestate(fixture_fits_every_width,
		    (void *)"long-keys.yaml"),
		cmocka_unit_test_prestate(fixture_fits_every_width,
		    (void *)"twelve.yaml"),
		cmocka_unit_test_prestate(fixture_fits_every_width,
		    (void *)"hostile.yaml"),
		cmocka_unit_test_prestate(fixture_fits_every_width,
		    (void *)"sheet.yaml"),
		cmocka_unit_test_prestate(fixture_fits_every_width,
		    (void *)"nulls.yaml"),
		cmocka_unit_test(wide_table_keeps_three_columns_side_by_side),
		cmocka_unit_test(html_escapes_data_markup),
		cmocka_unit_test(csv_quotes_per_rfc4180),
		cmocka_unit_test(tsv_escapes_tab_newline_backslash),
		cmocka_unit_test(tsv_shows_hidden_escaped),
		cmocka_unit_test(sheets_neutralize_formulas),
		cmocka_unit_test(csv_quotes_a_tab_so_no_formula_follows_it),
		cmocka_unit_test(sheets_long_text_escaped_a_piece_at_a_time),
		cmocka_unit_test(html_long_text_made_safe_a_piece_at_a_time),
		cmocka_unit_test(json_all_escape_pieces_fit_their_buffer),
		cmocka_unit_test(json_strings_escape_as_cjson_does),
		cmocka_unit_test(long_url_cut_at_a_piece_is_no_link),
		cmocka_unit_test(random_documents_hold_every_invariant),
	};

	if (!inv_setup()) {
		fprintf(stderr, "test_render: no C.UTF-8 locale\n");
		return 1;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
