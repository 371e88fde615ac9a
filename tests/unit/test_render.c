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

#include "bp_buf.h"
#include "bp_data.h"
#include "bp_diag.h"
#include "bp_doc.h"
#include "bp_render.h"
#include "bp_search.h"
#include "bp_text.h"
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
		bp_term_compare(&b, d, &o);
		assert_fits(&b, w, o.color, "compare");
		if (ascii || layout)
			continue;	/* only compare looks at them */
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

/*
 * Markdown cannot carry HTML or a bad link, JSON is valid: every command
 * of both, checked one at a time.
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
	};
	static char *const terms[] = { (char *)"e" };
	struct bp_opts	 o = { .width = 80, .data = "my file's.yaml" };
	struct bp_buf	 b = BP_BUF_INIT;
	struct bp_query	 q;
	size_t		 i, f;

	bp_search(d, terms, 1, &q);
	for (f = 0; f < 2; f++) {
		const struct bp_renderer *R = formats[f].R;

		R->overview(&b, d, &o, NULL, 0);
		holds(&b, formats[f].check, formats[f].name);
		R->compare(&b, d, &o);
		holds(&b, formats[f].check, formats[f].name);
		R->verdict(&b, d, &o);
		holds(&b, formats[f].check, formats[f].name);
		R->faq_list(&b, d, &o);
		holds(&b, formats[f].check, formats[f].name);
		for (i = 0; i < d->nfaqs; i++) {
			R->faq(&b, d, &d->faqs[i], &o);
			holds(&b, formats[f].check, formats[f].name);
		}
		R->section_list(&b, d, &o);
		holds(&b, formats[f].check, formats[f].name);
		for (i = 0; i < d->nsections; i++) {
			R->section(&b, d, &d->sections[i], &o);
			holds(&b, formats[f].check, formats[f].name);
		}
		R->sources(&b, d, &o);
		holds(&b, formats[f].check, formats[f].name);
		if (q.nitems > 0) {
			R->search(&b, d, &q, &o);
			holds(&b, formats[f].check, formats[f].name);
		}
	}
	bp_json_dump(&b, d, &o);
	holds(&b, inv_json, "dump");
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
		cmocka_unit_test(wide_table_keeps_three_columns_side_by_side),
		cmocka_unit_test(random_documents_hold_every_invariant),
	};

	if (!inv_setup()) {
		fprintf(stderr, "test_render: no C.UTF-8 locale\n");
		return 1;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
