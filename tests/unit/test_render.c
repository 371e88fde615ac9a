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

/*
 * Fails unless the only control bytes are newlines and, when sgr is set,
 * bpolpo's own SGR sequences (ESC [ digits and ';' m).  Returns a copy
 * with the SGR sequences removed, for measuring.
 */
static char *
assert_no_controls(const struct bp_buf *b, int sgr, const char *what)
{
	char	*plain;
	size_t	 i, k, n = 0;

	plain = malloc(b->len + 1);
	assert_non_null(plain);
	for (i = 0; i < b->len; i++) {
		unsigned char c = (unsigned char)b->data[i];

		if (c == 0x1b && sgr && i + 1 < b->len && b->data[i + 1] == '[') {
			for (k = i + 2; k < b->len && (isdigit(
			    (unsigned char)b->data[k]) || b->data[k] == ';'); k++)
				;
			if (k < b->len && b->data[k] == 'm') {
				i = k;
				continue;
			}
		}
		if ((c < 0x20 && c != '\n') || c == 0x7f ||
		    (c == 0xc2 && i + 1 < b->len &&
		    (unsigned char)b->data[i + 1] >= 0x80 &&
		    (unsigned char)b->data[i + 1] < 0xa0))
			fail_msg("%s: raw control byte 0x%02x at offset %zu",
			    what, c, i);
		plain[n++] = (char)c;
	}
	plain[n] = '\0';
	return plain;
}

/* Fails with the offending line when one is wider than the width. */
static void
assert_fits(const struct bp_buf *b, size_t width, const char *what)
{
	const char	*p, *nl;
	char		*plain;
	size_t		 w;

	assert_non_null(b->data);
	assert_true(b->len > 0 && b->data[b->len - 1] == '\n');
	plain = assert_no_controls(b, 1, what);
	for (p = plain; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		assert_non_null(nl);
		w = bp_text_width(p, (size_t)(nl - p));
		if (w > width)
			fail_msg("%s at width %zu: line of %zu columns: %.*s",
			    what, width, w, (int)(nl - p), p);
	}
	free(plain);
}

static void
every_command_fits(const struct bp_doc *d)
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
		assert_true(bp_search(d, cjk, 1, &hits) > 0);
	}

	for (w = BP_MIN_WIDTH; w <= 200; w++)
	for (ascii = 0; ascii < 2; ascii++)
	for (layout = 0; layout < BP_LAYOUT__MAX; layout++) {
		memset(&o, 0, sizeof(o));
		o.width = w;
		o.ascii = ascii;
		o.layout = (enum bp_layout)layout;
		/* Color must not change the layout: measured without SGR. */
		o.color = (w + (size_t)layout) % 2;
		bp_term_compare(&b, d, &o);
		assert_fits(&b, w, "compare");
		b.len = 0;
		if (ascii || layout)
			continue;	/* only compare looks at them */
		bp_term_overview(&b, d, &o, cmds, 2);
		assert_fits(&b, w, "overview");
		b.len = 0;
		bp_term_verdict(&b, d, &o);
		assert_fits(&b, w, "verdict");
		b.len = 0;
		bp_term_faq_list(&b, d, &o);
		assert_fits(&b, w, "faq");
		b.len = 0;
		for (i = 0; i < d->nfaqs; i++) {
			bp_term_faq(&b, d, &d->faqs[i], &o);
			assert_fits(&b, w, "faq ID");
			b.len = 0;
		}
		bp_term_section_list(&b, d, &o);
		assert_fits(&b, w, "show");
		b.len = 0;
		for (i = 0; i < d->nsections; i++) {
			bp_term_section(&b, d, &d->sections[i], &o);
			assert_fits(&b, w, "show ID");
			b.len = 0;
		}
		bp_term_sources(&b, d, &o);
		assert_fits(&b, w, "sources");
		b.len = 0;
		bp_term_search(&b, d, &hits, &o);
		assert_fits(&b, w, "search");
		b.len = 0;
	}
	bp_buf_free(&b);
	bp_query_free(&hits);
}

/* Markdown is not wrapped, but data must not smuggle controls into it either. */
static void
markdown_has_no_controls(const struct bp_doc *d)
{
	const struct bp_renderer *R = &bp_md_renderer;
	struct bp_opts	 o = { .width = 80 };
	struct bp_buf	 b = BP_BUF_INIT;
	size_t		 i;

	R->overview(&b, d, &o, NULL, 0);
	R->compare(&b, d, &o);
	R->verdict(&b, d, &o);
	R->faq_list(&b, d, &o);
	for (i = 0; i < d->nfaqs; i++)
		R->faq(&b, d, &d->faqs[i], &o);
	R->section_list(&b, d, &o);
	for (i = 0; i < d->nsections; i++)
		R->section(&b, d, &d->sections[i], &o);
	R->sources(&b, d, &o);
	free(assert_no_controls(&b, 0, "markdown"));
	bp_buf_free(&b);
}

static void
builtin_fits_every_width(void **state)
{
	struct bp_doc	*d = load_builtin();

	(void)state;
	every_command_fits(d);
	markdown_has_no_controls(d);
	bp_doc_free(d);
}

static void
fixture_fits_every_width(void **state)
{
	struct bp_doc	*d = load_file(*state);

	every_command_fits(d);
	markdown_has_no_controls(d);
	bp_doc_free(d);
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
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
