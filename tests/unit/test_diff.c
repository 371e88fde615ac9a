/* diff: the changes found between two comparisons, and how each format shows them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "query/bp_diff.h"
#include "render/bp_render.h"
#include "gen.h"
#include "invariants.h"

static const char base[] =
    "format: 1\n"
    "title: Apples vs Pears\n"
    "updated: 2025-02-28\n"
    "summary: Both are fruit.\n"
    "subjects:\n"
    "  - {id: a, short: A, name: Apples}\n"
    "  - {id: b, short: B, name: Pears}\n"
    "features:\n"
    "  - {id: f1, label: One, edge: a, values: {a: red apples, "
    "b: two green pears}}\n"
    "  - {id: f2, label: Two, values: {a: x2, b: y2}}\n"
    "  - {id: f3, label: Three, values: {a: x3, b: y3}}\n"
    "  - {id: f4, label: Four, values: {a: x4, b: y4}}\n"
    "  - {id: f5, label: Five, values: {a: x5, b: y5}}\n"
    "choose:\n"
    "  a: [You like red]\n"
    "sections:\n"
    "  - {id: s1, title: History, body: Long ago., sources: [r1]}\n"
    "faq:\n"
    "  - id: q1\n"
    "    question: Why?\n"
    "    answer: Because it is cheap.\n"
    "    keywords: [cost]\n"
    "    sources: [r1]\n"
    "sources:\n"
    "  - id: r1\n"
    "    title: Atlas\n"
    "    publisher: Press\n"
    "    url: https://example.org/atlas\n";

static const char three[] =
    "format: 1\n"
    "title: Drinks\n"
    "summary: Hot ones.\n"
    "subjects:\n"
    "  - {id: a, short: Tea, name: Tea}\n"
    "  - {id: b, short: Coffee, name: Coffee}\n"
    "  - {id: c, short: Cocoa, name: Cocoa}\n"
    "features:\n"
    "  - id: f1\n"
    "    label: Caffeine\n"
    "    edge: a\n"
    "    values: {a: some, b: most, c: least}\n";


/* A file of tests/fixtures (or $BP_FIXTURES), whole. */
static void
read_fixture(const char *name, struct bp_buf *out)
{
	const char	*dir = getenv("BP_FIXTURES");
	char		 path[512], chunk[4096];
	FILE		*fp;
	size_t		 n;

	snprintf(path, sizeof(path), "%s/%s", dir ? dir : "tests/fixtures",
	    name);
	fp = fopen(path, "rb");
	assert_non_null(fp);
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		bp_buf_putn(out, chunk, n);
	fclose(fp);
}

/* text with the first occurrence of from replaced by to. */
static char *
variant(const char *text, const char *from, const char *to)
{
	const char	*p = strstr(text, from);
	char		*s;

	assert_non_null(p);
	s = malloc(strlen(text) + strlen(to) + 1);
	assert_non_null(s);
	memcpy(s, text, (size_t)(p - text));
	strcpy(s + (p - text), to);
	strcat(s, p + strlen(from));
	return s;
}

/*
 * The differences from text a to text b, into d: its items point into
 * the two documents, kept here until done() frees them with d.
 */
static struct bp_doc	*sides[2];

static void
diff_texts(const char *a, const char *b, struct bp_diff *d)
{
	sides[0] = gen_load(a);
	sides[1] = gen_load(b);
	memset(d, 0, sizeof(*d));
	bp_diff(sides[0], sides[1], d);
}

static void
done(struct bp_diff *d)
{
	bp_diff_free(d);
	bp_doc_free(sides[0]);
	bp_doc_free(sides[1]);
	sides[0] = sides[1] = NULL;
}

static void
diff_variant(const char *from, const char *to, struct bp_diff *d)
{
	char	*b = variant(base, from, to);

	diff_texts(base, b, d);
	free(b);
}

static char *
as_text(const struct bp_diff *d, size_t width, int color, int ascii)
{
	struct bp_opts	 o;
	struct bp_buf	 b = BP_BUF_INIT;

	memset(&o, 0, sizeof(o));
	o.width = width;
	o.color = color;
	o.ascii = ascii;
	bp_term_renderer.diff(&b, &o, d, "old.yaml", "new.yaml");
	return bp_buf_take(&b);
}

static void
assert_text(const struct bp_diff *d, int color, const char *want)
{
	char	*got = as_text(d, 80, color, 0);

	assert_string_equal(got, want);
	free(got);
}

static void
assert_item(const struct bp_diff_item *it, enum bp_change ch,
    const char *what, const char *id, const char *key, const char *old,
    const char *new)
{
	assert_int_equal(it->change, ch);
	assert_string_equal(it->what, what);
	if (id == NULL)
		assert_null(it->id);
	else
		assert_string_equal(it->id, id);
	if (key == NULL)
		assert_null(it->key);
	else
		assert_string_equal(it->key, key);
	if (old == NULL)
		assert_null(it->old);
	else {
		assert_int_equal(it->oldlen, strlen(old));
		assert_memory_equal(it->old, old, it->oldlen);
	}
	if (new == NULL)
		assert_null(it->new);
	else {
		assert_int_equal(it->newlen, strlen(new));
		assert_memory_equal(it->new, new, it->newlen);
	}
}

static void
identical_documents_differ_in_nothing(void **state)
{
	struct bp_doc	*d = gen_load(base);
	struct bp_diff	 df;
	struct bp_buf	 b = BP_BUF_INIT;
	struct bp_opts	 o = { .width = 80 };
	char		*s;

	(void)state;
	memset(&df, 0, sizeof(df));
	bp_diff(d, d, &df);
	assert_int_equal(df.n, 0);
	s = as_text(&df, 80, 0, 0);
	assert_string_equal(s, "No differences.\n");
	free(s);
	bp_md_renderer.diff(&b, &o, &df, "old.yaml", "new.yaml");
	assert_string_equal(b.data, "# Changes: old.yaml → new.yaml\n\n"
	    "No differences.\n");
	bp_buf_free(&b);
	bp_diff_free(&df);
	bp_doc_free(d);
	/* Loaded twice: the same, though no text is shared. */
	diff_texts(base, base, &df);
	assert_int_equal(df.n, 0);
	done(&df);
}

static void
title_change_is_one_item(void **state)
{
	struct bp_diff	 d;

	(void)state;
	diff_variant("title: Apples vs Pears", "title: Apples vs Quinces", &d);
	assert_int_equal(d.n, 1);
	assert_item(&d.v[0], BP_CH_CHANGED, "title", NULL, NULL,
	    "Apples vs Pears", "Apples vs Quinces");
	assert_text(&d, 0, "Changes from old.yaml to new.yaml:\n\n"
	    "Title and summary\n"
	    "~ title: Apples vs [-Pears-]{+Quinces+}\n");
	done(&d);
}

static void
date_added_and_removed(void **state)
{
	struct bp_diff	 d;
	char		*a = variant(base, "updated: 2025-02-28\n", "");

	(void)state;
	diff_texts(a, base, &d);
	assert_int_equal(d.n, 1);
	assert_item(&d.v[0], BP_CH_ADDED, "updated", NULL, NULL, NULL,
	    "2025-02-28");
	assert_text(&d, 0, "Changes from old.yaml to new.yaml:\n\n"
	    "Title and summary\n"
	    "+ date added: 2025-02-28\n");
	done(&d);
	diff_texts(base, a, &d);
	assert_int_equal(d.n, 1);
	assert_item(&d.v[0], BP_CH_REMOVED, "updated", NULL, NULL,
	    "2025-02-28", NULL);
	done(&d);
	free(a);
}

static void
feature_added_and_removed(void **state)
{
	struct bp_diff	 d;

	(void)state;
	diff_variant("  - {id: f5, label: Five, values: {a: x5, b: y5}}\n",
	    "  - {id: f6, label: Six, values: {a: x6, b: y6}}\n", &d);
	assert_int_equal(d.n, 2);
	assert_item(&d.v[0], BP_CH_REMOVED, "feature", "f5", NULL, "Five",
	    NULL);
	assert_item(&d.v[1], BP_CH_ADDED, "feature", "f6", NULL, NULL, "Six");
	assert_text(&d, 0, "Changes from old.yaml to new.yaml:\n\n"
	    "Features\n"
	    "- feature 'f5' removed: Five\n"
	    "+ feature 'f6' added: Six\n");
	done(&d);
}

static void
only_the_moved_feature_is_moved(void **state)
{
	struct bp_diff	 d;
	char		*a, *b, *s;

	(void)state;
	/* f3 to the end: f4 and f5 move up a place, but only f3 moved. */
	a = variant(base, "  - {id: f3, label: Three, values: {a: x3, b: y3}}\n",
	    "");
	b = variant(a, "choose:\n", "  - {id: f3, label: Three, values: "
	    "{a: x3, b: y3}}\nchoose:\n");
	diff_texts(base, b, &d);
	assert_int_equal(d.n, 1);
	assert_item(&d.v[0], BP_CH_MOVED, "feature", "f3", NULL, NULL, NULL);
	assert_int_equal(d.v[0].from, 3);
	assert_int_equal(d.v[0].to, 5);
	assert_text(&d, 0, "Changes from old.yaml to new.yaml:\n\n"
	    "Features\n"
	    "↕ feature 'f3' moved from 3 to 5\n");
	s = as_text(&d, 80, 0, 1);
	assert_non_null(strstr(s, "\n^ feature 'f3' moved from 3 to 5\n"));
	free(s);
	done(&d);
	/* A feature added before the rest moves none of them. */
	free(b);
	b = variant(base, "features:\n", "features:\n  - {id: f0, label: "
	    "Zero, values: {a: x0, b: y0}}\n");
	diff_texts(base, b, &d);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].change, BP_CH_ADDED);
	done(&d);
	free(a);
	free(b);
}

static void
changed_value_marks_its_words(void **state)
{
	struct bp_diff	 d;
	struct bp_buf	 b = BP_BUF_INIT;
	struct bp_opts	 o = { .width = 80 };

	(void)state;
	diff_variant("b: two green pears", "b: three green pears", &d);
	assert_int_equal(d.n, 1);
	assert_item(&d.v[0], BP_CH_CHANGED, "value", "f1", "b",
	    "two green pears", "three green pears");
	assert_text(&d, 0, "Changes from old.yaml to new.yaml:\n\n"
	    "Features\n"
	    "~ feature 'f1': value for 'b': [-two-]{+three+} green pears\n");
	/* Color marks the words instead, and never a line's width. */
	assert_text(&d, 1, "Changes from old.yaml to new.yaml:\n\n"
	    "\033[1mFeatures\033[0m\n"
	    "~ feature 'f1': value for 'b': \033[31mtwo\033[0m "
	    "\033[32mthree\033[0m green pears\n");
	bp_md_renderer.diff(&b, &o, &d, "old.yaml", "new.yaml");
	assert_string_equal(b.data, "# Changes: old.yaml → new.yaml\n\n"
	    "## Features\n\n"
	    "- Changed value for 'b' of feature 'f1': ~~two~~ **three** "
	    "green pears\n");
	bp_buf_free(&b);
	done(&d);
}

static void
edge_change_to_a_shared_edge(void **state)
{
	struct bp_diff	 d;
	char		*b = variant(three, "    edge: a\n", "    edge: [a, c]\n");

	(void)state;
	diff_texts(three, b, &d);
	assert_int_equal(d.n, 1);
	assert_item(&d.v[0], BP_CH_CHANGED, "edge", "f1", NULL, "a", "a, c");
	assert_text(&d, 0, "Changes from old.yaml to new.yaml:\n\n"
	    "Features\n"
	    "~ feature 'f1': edge: [-a-]{+a, c+}\n");
	done(&d);
	/* And back, and to no edge at all. */
	diff_texts(b, three, &d);
	assert_int_equal(d.n, 1);
	assert_item(&d.v[0], BP_CH_CHANGED, "edge", "f1", NULL, "a, c", "a");
	done(&d);
	free(b);
	b = variant(three, "    edge: a\n", "");
	diff_texts(three, b, &d);
	assert_int_equal(d.n, 1);
	assert_item(&d.v[0], BP_CH_REMOVED, "edge", "f1", NULL, "a", NULL);
	done(&d);
	free(b);
}

static void
choose_item_added(void **state)
{
	struct bp_diff	 d;

	(void)state;
	diff_variant("  a: [You like red]\n",
	    "  a: [You like red, You like crunch]\n  b: [You like soft]\n", &d);
	assert_int_equal(d.n, 2);
	assert_item(&d.v[0], BP_CH_ADDED, "choose", "a", NULL, NULL,
	    "You like crunch");
	assert_item(&d.v[1], BP_CH_ADDED, "choose", "b", NULL, NULL,
	    "You like soft");
	assert_text(&d, 0, "Changes from old.yaml to new.yaml:\n\n"
	    "Choose lists\n"
	    "+ choose list 'a': item added: You like crunch\n"
	    "+ choose list 'b': item added: You like soft\n");
	done(&d);
}

static void
faq_answer_change(void **state)
{
	struct bp_diff	 d;

	(void)state;
	diff_variant("answer: Because it is cheap.",
	    "answer: Because it is cheap and keeps.", &d);
	assert_int_equal(d.n, 1);
	assert_item(&d.v[0], BP_CH_CHANGED, "faq", "q1", "answer",
	    "Because it is cheap.", "Because it is cheap and keeps.");
	assert_text(&d, 0, "Changes from old.yaml to new.yaml:\n\n"
	    "FAQ\n"
	    "~ question 'q1': answer: Because it is [-cheap.-]{+cheap and "
	    "keeps.+}\n");
	done(&d);
	diff_variant("keywords: [cost]", "keywords: [cost, price]", &d);
	assert_int_equal(d.n, 1);
	assert_item(&d.v[0], BP_CH_CHANGED, "faq", "q1", "keywords", "cost",
	    "cost, price");
	done(&d);
}

static void
source_url_change(void **state)
{
	struct bp_diff	 d;
	struct bp_buf	 b = BP_BUF_INIT;
	struct bp_opts	 o = { .width = 80 };
	const char	*err;

	(void)state;
	diff_variant("url: https://example.org/atlas",
	    "url: https://example.org/atlas-2", &d);
	assert_int_equal(d.n, 1);
	assert_item(&d.v[0], BP_CH_CHANGED, "source", "r1", "url",
	    "https://example.org/atlas", "https://example.org/atlas-2");
	assert_text(&d, 0, "Changes from old.yaml to new.yaml:\n\n"
	    "Sources\n"
	    "~ source 'r1': url: [-https://example.org/atlas-]\n"
	    "  {+https://example.org/atlas-2+}\n");
	bp_json_renderer.diff(&b, &o, &d, "old.yaml", "new.yaml");
	if ((err = inv_json(b.data, b.len)) != NULL)
		fail_msg("%s", err);
	assert_string_equal(b.data, "{\n"
	    "  \"format\": 1,\n"
	    "  \"command\": \"diff\",\n"
	    "  \"old\": \"old.yaml\",\n"
	    "  \"new\": \"new.yaml\",\n"
	    "  \"differences\": 1,\n"
	    "  \"changes\": [\n"
	    "    {\n"
	    "      \"change\": \"changed\",\n"
	    "      \"what\": \"source\",\n"
	    "      \"id\": \"r1\",\n"
	    "      \"key\": \"url\",\n"
	    "      \"old\": \"https://example.org/atlas\",\n"
	    "      \"new\": \"https://example.org/atlas-2\"\n"
	    "    }\n"
	    "  ]\n"
	    "}\n");
	b.len = 0;
	o.compact = 1;
	bp_json_renderer.diff(&b, &o, &d, "old.yaml", "new.yaml");
	/* Compact: one line. */
	assert_ptr_equal(strchr(b.data, '\n'), b.data + b.len - 1);
	bp_buf_free(&b);
	done(&d);
}

static void
source_removed_and_section_changed(void **state)
{
	struct bp_diff	 d;
	char		*a, *b;

	(void)state;
	a = variant(base, "sources:\n", "sources:\n  - {id: r0, title: Old}\n");
	b = variant(base, "body: Long ago., sources: [r1]",
	    "body: Long ago., sources: []");
	diff_texts(a, b, &d);
	assert_int_equal(d.n, 2);
	assert_item(&d.v[0], BP_CH_REMOVED, "section", "s1", "sources", "r1",
	    NULL);
	assert_item(&d.v[1], BP_CH_REMOVED, "source", "r0", NULL, "Old", NULL);
	assert_text(&d, 0, "Changes from old.yaml to new.yaml:\n\n"
	    "Sections\n"
	    "- section 's1': sources removed: r1\n\n"
	    "Sources\n"
	    "- source 'r0' removed: Old\n");
	done(&d);
	free(a);
	free(b);
}

static void
third_subject_adds_its_values(void **state)
{
	struct bp_diff	 d;
	char		*a, *t;

	(void)state;
	/* Two subjects, then three: the subject and its value are new. */
	a = variant(three, "  - {id: c, short: Cocoa, name: Cocoa}\n", "");
	t = variant(a, ", c: least}", "}");
	diff_texts(t, three, &d);
	free(t);
	assert_int_equal(d.n, 2);
	assert_item(&d.v[0], BP_CH_ADDED, "subject", "c", NULL, NULL, "Cocoa");
	assert_item(&d.v[1], BP_CH_ADDED, "value", "f1", "c", NULL, "least");
	assert_text(&d, 0, "Changes from old.yaml to new.yaml:\n\n"
	    "Subjects\n"
	    "+ subject 'c' added: Cocoa\n\n"
	    "Features\n"
	    "+ feature 'f1': value for 'c' added: least\n");
	done(&d);
	free(a);
	/* A renamed subject: the same id, another name and short name. */
	a = variant(three, "{id: c, short: Cocoa, name: Cocoa}",
	    "{id: c, short: Choc, name: Hot chocolate}");
	diff_texts(three, a, &d);
	assert_int_equal(d.n, 2);
	assert_item(&d.v[0], BP_CH_CHANGED, "subject", "c", "short", "Cocoa",
	    "Choc");
	assert_item(&d.v[1], BP_CH_CHANGED, "subject", "c", "name", "Cocoa",
	    "Hot chocolate");
	done(&d);
	free(a);
}

/* Edges made for items stay theirs while held grows. */
static void
made_texts_survive_growth(void **state)
{
	struct bp_buf	 a = BP_BUF_INIT, b = BP_BUF_INIT;
	struct bp_diff	 d;
	size_t		 i, n = 3000;
	char		 want[64];

	(void)state;
	bp_buf_puts(&a, "format: 1\ntitle: T\nsummary: S\nsubjects:\n"
	    "  - {id: a, short: A, name: A}\n  - {id: b, short: B, name: B}\n"
	    "  - {id: c, short: C, name: C}\nfeatures:\n");
	bp_buf_putn(&b, a.data, a.len);
	for (i = 0; i < n; i++) {
		bp_buf_printf(&a, "  - {id: f%zu, label: L, edge: [a, b], "
		    "values: {a: x, b: y, c: z}}\n", i);
		bp_buf_printf(&b, "  - {id: f%zu, label: L, edge: [%s], "
		    "values: {a: x, b: y, c: z}}\n", i, i % 2 ? "b, c" : "c, a");
	}
	diff_texts(a.data, b.data, &d);
	assert_int_equal(d.n, n);
	for (i = 0; i < n; i++) {
		snprintf(want, sizeof(want), "f%zu", i);
		assert_item(&d.v[i], BP_CH_CHANGED, "edge", want, NULL, "a, b",
		    i % 2 ? "b, c" : "c, a");
	}
	done(&d);
	bp_buf_free(&a);
	bp_buf_free(&b);
}

/* The release note of d: one line a change, however long. */
static char *
as_markdown(const struct bp_diff *d)
{
	struct bp_opts	 o = { .width = 80 };
	struct bp_buf	 b = BP_BUF_INIT;

	bp_md_renderer.diff(&b, &o, d, "old.yaml", "new.yaml");
	return bp_buf_take(&b);
}

static void
long_texts_stay_linear(void **state)
{
	struct bp_buf	 a = BP_BUF_INIT, b = BP_BUF_INIT;
	struct bp_diff	 d;
	char		*ya, *yb, *s;
	size_t		 i;

	(void)state;
	/* 3000 words, one changed in the middle: only it is marked. */
	for (i = 0; i < 3000; i++) {
		bp_buf_printf(&a, "w%zu ", i);
		bp_buf_printf(&b, i == 1500 ? "changed " : "w%zu ", i);
	}
	ya = variant(base, "Both are fruit.", a.data);
	yb = variant(base, "Both are fruit.", b.data);
	diff_texts(ya, yb, &d);
	s = as_markdown(&d);
	assert_non_null(strstr(s, " w1499 ~~w1500~~ **changed** w1501 "));
	assert_null(strstr(s, "~~w1499"));
	free(s);
	done(&d);
	free(ya);
	free(yb);
	/* Over 2000 words apart on both sides: shown whole, no table. */
	a.len = b.len = 0;
	bp_buf_puts(&a, "x ");
	bp_buf_puts(&b, "y ");
	for (i = 0; i < 2100; i++) {
		bp_buf_printf(&a, "w%zu ", i);
		bp_buf_printf(&b, "w%zu ", i);
	}
	bp_buf_puts(&b, "z");
	ya = variant(base, "Both are fruit.", a.data);
	yb = variant(base, "Both are fruit.", b.data);
	diff_texts(ya, yb, &d);
	s = as_markdown(&d);
	assert_non_null(strstr(s, "- Changed summary: ~~x w0 w1 "));
	assert_non_null(strstr(s, " w2099~~ **y w0 w1 "));
	assert_non_null(strstr(s, " w2099 z**\n"));
	free(s);
	/* And every line of the changelog still fits. */
	s = as_text(&d, 33, 1, 0);
	assert_null(inv_term(s, strlen(s), 33, 1));
	free(s);
	done(&d);
	free(ya);
	free(yb);
	bp_buf_free(&a);
	bp_buf_free(&b);
}

/* ---- Random documents of hard text, as test_render.c makes them. ---- */

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
		"http://x.org/a_b", "[-x-]", "{+y+}", "~~", "**", "\\", "- ",
		"\u202e", "\n- ", "\n\n", "same", "same", "same", "word",
	};

	gen_quoted(y, max, words, sizeof(words) / sizeof(words[0]), 3);
}

/*
 * A valid comparison of 2 to 4 subjects whose every text is hard, as
 * YAML: ids from small ranges, so that two such documents share some.
 */
static void
random_yaml(struct bp_buf *y)
{
	size_t	 ns = 2 + rnd(3), nf = 1 + rnd(5), i, k, off = rnd(5);

	y->len = 0;
	bp_buf_puts(y, "format: 1\ntitle: ");
	quoted(y, 12);
	if (rnd(2))
		bp_buf_printf(y, "\nupdated: 2026-11-%02u", 10 + rnd(3));
	bp_buf_puts(y, "\nsummary: ");
	quoted(y, 60);
	bp_buf_puts(y, "\nsubjects:\n");
	for (i = 0; i < ns; i++) {
		bp_buf_printf(y, "  - {id: s%zu, short: ", i);
		quoted(y, 4);
		bp_buf_puts(y, ", name: ");
		quoted(y, 10);
		if (rnd(2)) {
			bp_buf_puts(y, ", label: ");
			quoted(y, 10);
		}
		bp_buf_puts(y, "}\n");
	}
	bp_buf_puts(y, "features:\n");
	for (i = 0; i < nf; i++) {
		/* 7 is prime to every nf: the ids in another order. */
		bp_buf_printf(y, "  - id: f%zu\n    label: ", (i * 7 + off) % nf);
		quoted(y, 12);
		if (rnd(3) == 0)
			bp_buf_puts(y, "\n    edge: tie");
		else if (rnd(2) == 0)
			bp_buf_printf(y, "\n    edge: s%u", rnd((unsigned)ns));
		else if (ns > 2 && rnd(2) == 0)
			bp_buf_printf(y, "\n    edge: [s%zu, s%zu]", i % ns,
			    (i + 1) % ns);
		bp_buf_puts(y, "\n    values:\n");
		for (k = 0; k < ns; k++) {
			bp_buf_printf(y, "      s%zu: ", (k + i) % ns);
			quoted(y, 30);
			bp_buf_putc(y, '\n');
		}
	}
	bp_buf_printf(y, "choose:\n  s%u: [", rnd(2));
	quoted(y, 20);
	bp_buf_puts(y, ", ");
	quoted(y, 20);
	bp_buf_puts(y, "]\nsections:\n  - {id: c0, title: ");
	quoted(y, 10);
	bp_buf_puts(y, ", body: ");
	quoted(y, 80);
	bp_buf_puts(y, ", sources: [r0]}\nfaq:\n  - {id: q0, question: ");
	quoted(y, 14);
	bp_buf_puts(y, ", answer: ");
	quoted(y, 80);
	bp_buf_puts(y, ", keywords: [");
	quoted(y, 6);
	bp_buf_puts(y, "], sources: [r0]}\nsources:\n  - {id: r0, title: ");
	quoted(y, 10);
	bp_buf_puts(y, ", publisher: ");
	quoted(y, 8);
	bp_buf_puts(y, ", url: \"https://example.org/a_b(c)?d=1#e\"}\n");
}

/* Every line of out, less SGR, no wider than width by bp_text_width(). */
static void
lines_fit(const char *out, size_t width, int color)
{
	struct bp_buf	 plain = BP_BUF_INIT;
	const char	*p, *nl, *err;
	size_t		 i;

	if ((err = inv_term(out, strlen(out), width, color)) != NULL)
		fail_msg("width %zu: %s\n%s", width, err, out);
	for (p = out; (nl = strchr(p, '\n')) != NULL; p = nl + 1) {
		plain.len = 0;
		bp_buf_putn(&plain, LIT(""));
		for (i = 0; p + i < nl; i++) {
			if (p[i] == '\033') {
				while (p[i] != 'm')
					i++;
				continue;
			}
			bp_buf_putc(&plain, p[i]);
		}
		/* A URL may make a line too wide: inv_term() judged those. */
		if (bp_text_width(plain.data, plain.len) > width &&
		    strstr(plain.data, "://") == NULL)
			fail_msg("width %zu: too wide: %s", width, plain.data);
	}
	bp_buf_free(&plain);
}

/*
 * The release note holds every Markdown invariant, but for its
 * strikethrough, which the invariants do not allow (no other output has
 * one): each "~~" of ours, never one of the data (escaped, "\\~"), is made
 * "**" first.
 */
static void
markdown_holds(const char *md)
{
	struct bp_buf	 b = BP_BUF_INIT;
	const char	*p, *err;

	for (p = md; *p != '\0'; p++) {
		if (*p == '\\' && p[1] != '\0') {
			bp_buf_putn(&b, p, 2);
			p++;
		} else if (*p == '~' && p[1] == '~') {
			bp_buf_puts(&b, "**");
			p++;
		} else
			bp_buf_putc(&b, *p);
	}
	if ((err = inv_markdown(b.data, b.len)) != NULL)
		fail_msg("%s\n%s", err, md);
	bp_buf_free(&b);
}

/* Every format of d holds its invariants; the changelog at every width. */
static void
formats_hold(const struct bp_diff *d, size_t from, size_t to, size_t step)
{
	struct bp_buf	 b = BP_BUF_INIT;
	struct bp_opts	 o;
	const char	*err;
	char		*s;
	size_t		 w;

	for (w = from; w <= to; w += step) {
		s = as_text(d, w, (int)(w % 2), (int)(w % 3 == 0));
		lines_fit(s, w, (int)(w % 2));
		free(s);
	}
	memset(&o, 0, sizeof(o));
	o.width = 80;
	o.compact = (int)(from % 2);
	/* Names from the command line: any bytes. */
	bp_json_renderer.diff(&b, &o, d, "a\xff.yaml", "b\033.yaml");
	if ((err = inv_json(b.data, b.len)) != NULL)
		fail_msg("%s\n%s", err, b.data);
	b.len = 0;
	bp_md_renderer.diff(&b, &o, d, "a\xff.yaml", "b\033[1m.yaml");
	markdown_holds(b.data);
	b.len = 0;
	bp_html_renderer.diff(&b, &o, d, "a\xff<b>.yaml", "b\033[1m&.yaml");
	if ((err = inv_html(b.data, b.len)) != NULL)
		fail_msg("%s\n%s", err, b.data);
	bp_buf_free(&b);
}

/* d as a page. */
static char *
as_html(const struct bp_diff *d)
{
	struct bp_opts	 o = { .width = 80 };
	struct bp_buf	 b = BP_BUF_INIT;

	bp_html_renderer.diff(&b, &o, d, "old.yaml", "new.yaml");
	return bp_buf_take(&b);
}

/* d in JSON. */
static char *
as_json(const struct bp_diff *d, int compact)
{
	struct bp_opts	 o = { .width = 80 };
	struct bp_buf	 b = BP_BUF_INIT;

	o.compact = compact;
	bp_json_renderer.diff(&b, &o, d, "a\xff.yaml", "b\033.yaml");
	return bp_buf_take(&b);
}

static void
assert_same_and_free(char *a, char *b)
{
	assert_string_equal(a, b);
	free(a);
	free(b);
}

/*
 * The changes of x to y found again as they are shown (bp_diff_sides),
 * none held, read as those held in every format, byte for byte.
 */
static void
found_reads_as_held(const struct bp_doc *x, const struct bp_doc *y,
    const struct bp_diff *held)
{
	static const size_t	 widths[] = { 20, 33, 80 };
	struct bp_diff		 f;
	size_t			 w;
	int			 c;

	memset(&f, 0, sizeof(f));
	bp_diff_sides(x, y, &f);
	assert_int_equal(f.n, held->n);
	assert_null(f.v);
	for (w = 0; w < sizeof(widths) / sizeof(widths[0]); w++)
		for (c = 0; c < 2; c++)
			assert_same_and_free(as_text(held, widths[w], c, c),
			    as_text(&f, widths[w], c, c));
	assert_same_and_free(as_markdown(held), as_markdown(&f));
	for (c = 0; c < 2; c++)
		assert_same_and_free(as_json(held, c), as_json(&f, c));
	assert_same_and_free(as_html(held), as_html(&f));
	bp_diff_free(&f);
}

static void
random_documents_diff_by_property(void **state)
{
	struct bp_buf	 ya = BP_BUF_INIT, yb = BP_BUF_INIT;
	struct bp_diff	 d;
	struct bp_doc	*x, *x2, *y;
	size_t		 i;

	(void)state;
	for (i = 0; i < 120; i++) {
		random_yaml(&ya);
		random_yaml(&yb);
		x = gen_load(ya.data);
		x2 = gen_load(ya.data);
		y = gen_load(yb.data);
		memset(&d, 0, sizeof(d));
		bp_diff(x, x, &d);
		assert_int_equal(d.n, 0);
		bp_diff(x, x2, &d);
		assert_int_equal(d.n, 0);
		bp_diff(x, y, &d);
		assert_true(d.n > 0);
		formats_hold(&d, BP_MIN_WIDTH + i % 2, 100, 1);
		found_reads_as_held(x, y, &d);
		bp_diff_free(&d);
		bp_doc_free(x);
		bp_doc_free(x2);
		bp_doc_free(y);
	}
	bp_buf_free(&ya);
	bp_buf_free(&yb);
}

/* Each fixture against each: hard text on both sides, every format holds. */
static void
fixtures_diff_by_pairs(void **state)
{
	static const char *const names[] = { "three.yaml", "cjk.yaml",
	    "controls.yaml", "markup.yaml", "long-keys.yaml", "twelve.yaml" };
	const size_t	 n = sizeof(names) / sizeof(names[0]);
	struct bp_buf	 text[sizeof(names) / sizeof(names[0])];
	struct bp_diff	 d;
	size_t		 i, k;

	(void)state;
	for (i = 0; i < n; i++) {
		memset(&text[i], 0, sizeof(text[i]));
		read_fixture(names[i], &text[i]);
	}
	for (i = 0; i < n; i++)
		for (k = 0; k < n; k++) {
			diff_texts(text[i].data, text[k].data, &d);
			if (i == k)
				assert_int_equal(d.n, 0);
			else
				formats_hold(&d, BP_MIN_WIDTH + i, 120, 7);
			found_reads_as_held(sides[0], sides[1], &d);
			done(&d);
		}
	for (i = 0; i < n; i++)
		bp_buf_free(&text[i]);
}

/* 20,000 features, one moved: it alone is reported, without a quadratic pass. */
static void
many_features_one_move(void **state)
{
	struct bp_buf	 a = BP_BUF_INIT, b = BP_BUF_INIT;
	struct bp_diff	 d;
	size_t		 i, n = 20000;

	(void)state;
	bp_buf_puts(&a, "format: 1\ntitle: T\nsummary: S\nsubjects:\n"
	    "  - {id: a, short: A, name: A}\n  - {id: b, short: B, name: B}\n"
	    "features:\n");
	bp_buf_putn(&b, a.data, a.len);
	for (i = 0; i < n; i++) {
		bp_buf_printf(&a, "  - {id: f%zu, label: L%zu, values: "
		    "{a: x%zu, b: y%zu}}\n", i, i, i, i);
		if (i != 100)
			bp_buf_printf(&b, "  - {id: f%zu, label: L%zu, values: "
			    "{a: x%zu, b: y%zu}}\n", i, i, i, i);
	}
	bp_buf_puts(&b, "  - {id: f100, label: L100, values: {a: x100, "
	    "b: y100}}\n");
	diff_texts(a.data, b.data, &d);
	assert_int_equal(d.n, 1);
	assert_item(&d.v[0], BP_CH_MOVED, "feature", "f100", NULL, NULL, NULL);
	assert_int_equal(d.v[0].from, 101);
	assert_int_equal(d.v[0].to, n);
	done(&d);
	bp_buf_free(&a);
	bp_buf_free(&b);
}

/*
 * Features f1 to f4 in the order ids gives, as YAML: a comparison that
 * differs from another in the order of its rows alone.
 */
static char *
rows_in_order(const unsigned *ids, size_t n)
{
	struct bp_buf	 y = BP_BUF_INIT;
	size_t		 i;

	bp_buf_puts(&y, "format: 1\ntitle: T\nsummary: S\nsubjects:\n"
	    "  - {id: a, short: A, name: A}\n  - {id: b, short: B, name: B}\n"
	    "features:\n");
	for (i = 0; i < n; i++)
		bp_buf_printf(&y, "  - {id: f%u, label: L%u, values: "
		    "{a: x, b: y}}\n", ids[i], ids[i]);
	return bp_buf_take(&y);
}

/*
 * f2 stays second while f1, f3 and f4 go round it: a move "from 2 to 2"
 * says nothing, so the run kept is one that holds f2.
 */
static void
no_move_is_from_a_place_to_itself(void **state)
{
	static const unsigned	 o[] = { 1, 2, 3, 4 }, n[] = { 4, 2, 1, 3 };
	struct bp_diff		 d;
	char			*a = rows_in_order(o, 4), *b = rows_in_order(n, 4);

	(void)state;
	diff_texts(a, b, &d);
	assert_int_equal(d.n, 2);
	assert_item(&d.v[0], BP_CH_MOVED, "feature", "f4", NULL, NULL, NULL);
	assert_int_equal(d.v[0].from, 4);
	assert_int_equal(d.v[0].to, 1);
	assert_item(&d.v[1], BP_CH_MOVED, "feature", "f1", NULL, NULL, NULL);
	assert_int_equal(d.v[1].from, 1);
	assert_int_equal(d.v[1].to, 3);
	assert_text(&d, 0, "Changes from old.yaml to new.yaml:\n\n"
	    "Features\n"
	    "↕ feature 'f4' moved from 4 to 1\n"
	    "↕ feature 'f1' moved from 1 to 3\n");
	done(&d);
	free(a);
	free(b);
}

/*
 * Rows shuffled, some taken out and some put in, by property: no move
 * is from a place to the same place; the rows not said to move kept
 * their order, so that moving the others to their places makes the new
 * order; and no fewer moves would do that: what is reported is the
 * longest run in order that holds every row at its old place, found
 * here by brute force.
 */
static void
moves_are_few_and_mean_something(void **state)
{
	unsigned	 o[10], n[12], k, pos_o[32], pos_n[32];
	size_t		 no, nn, i, j, round, moved, kept;
	unsigned	 mask, best, fixed;
	struct bp_diff	 d;
	char		*a, *b;

	(void)state;
	for (round = 0; round < 400; round++) {
		/* Old: f0 to f9 less a few; new: those kept, shuffled, and new. */
		for (no = 0, k = 0; k < 10; k++)
			if (rnd(6) != 0)
				o[no++] = k;
		for (nn = 0, i = 0; i < no; i++)
			if (rnd(8) != 0)
				n[nn++] = o[i];
		for (i = 0; i < nn; i++) {
			j = i + rnd((unsigned)(nn - i));
			k = n[i];
			n[i] = n[j];
			n[j] = k;
		}
		for (k = 20; k < 22; k++)
			if (rnd(3) == 0) {
				j = rnd((unsigned)nn + 1);
				memmove(n + j + 1, n + j, (nn - j) * sizeof(*n));
				n[j] = k;
				nn++;
			}
		if (nn == 0)
			continue;
		memset(pos_o, 0, sizeof(pos_o));
		memset(pos_n, 0, sizeof(pos_n));
		for (i = 0; i < no; i++)
			pos_o[o[i]] = (unsigned)i + 1;
		for (i = 0; i < nn; i++)
			pos_n[n[i]] = (unsigned)i + 1;
		a = rows_in_order(o, no);
		b = rows_in_order(n, nn);
		diff_texts(a, b, &d);
		/* The least number of moves, over every subset of n kept. */
		best = 0;
		for (mask = 0; mask < (1u << nn); mask++) {
			unsigned	 last = 0, count = 0;
			int		 ok = 1;

			for (i = 0; ok && i < nn; i++) {
				fixed = pos_o[n[i]] == i + 1;
				if (!(mask & (1u << i))) {
					ok = !fixed;
					continue;
				}
				if (pos_o[n[i]] == 0 || pos_o[n[i]] < last)
					ok = 0;
				else {
					last = pos_o[n[i]];
					count++;
				}
			}
			if (ok && count > best)
				best = count;
		}
		for (i = moved = kept = 0; i < d.n; i++) {
			if (d.v[i].change != BP_CH_MOVED)
				continue;
			moved++;
			assert_true(d.v[i].from != d.v[i].to);
			assert_int_equal(d.v[i].from, pos_o[atoi(d.v[i].id + 1)]);
			assert_int_equal(d.v[i].to, pos_n[atoi(d.v[i].id + 1)]);
		}
		/* Those kept: in the old order, and as many as can be. */
		for (i = 0, k = 0; i < nn; i++) {
			char	 id[8];

			if (pos_o[n[i]] == 0)
				continue;
			snprintf(id, sizeof(id), "f%u", n[i]);
			for (j = 0; j < d.n; j++)
				if (d.v[j].change == BP_CH_MOVED &&
				    strcmp(d.v[j].id, id) == 0)
					break;
			if (j < d.n)
				continue;
			assert_true(pos_o[n[i]] > k);
			k = pos_o[n[i]];
			kept++;
		}
		assert_int_equal(kept, best);
		(void)moved;
		done(&d);
		free(a);
		free(b);
	}
}

/* An edge two subjects share is a set: written the other way, it is the same. */
static void
edge_list_is_a_set(void **state)
{
	struct bp_diff	 d;
	char		*a = variant(three, "    edge: a\n", "    edge: [a, c]\n");
	char		*b = variant(three, "    edge: a\n", "    edge: [c, a]\n");
	char		*c = variant(three, "    edge: a\n", "    edge: [c, b]\n");

	(void)state;
	diff_texts(a, b, &d);
	assert_int_equal(d.n, 0);
	done(&d);
	/* Another set is a change, shown as each side writes it. */
	diff_texts(b, c, &d);
	assert_int_equal(d.n, 1);
	assert_item(&d.v[0], BP_CH_CHANGED, "edge", "f1", NULL, "c, a", "c, b");
	done(&d);
	free(a);
	free(b);
	free(c);
}

/* s less its SGR sequences. */
static char *
plain(const char *s)
{
	struct bp_buf	 b = BP_BUF_INIT;

	bp_buf_putn(&b, LIT(""));
	for (; *s != '\0'; s++) {
		if (*s == '\033') {
			while (*s != 'm')
				s++;
			continue;
		}
		bp_buf_putc(&b, *s);
	}
	return bp_buf_take(&b);
}

/*
 * A changed text many times longer than the window a changelog line is
 * made and wrapped in, with a word longer than a window: the lines are
 * those of the whole line wrapped at once, colored or not, and each
 * fits.
 */
static void
long_line_wraps_as_one(void **state)
{
	static const size_t	 widths[] = { 20, 37, 80 };
	struct bp_buf		 a = BP_BUF_INIT, b = BP_BUF_INIT, mid = BP_BUF_INIT;
	struct bp_buf		 line = BP_BUF_INIT, want = BP_BUF_INIT;
	struct bp_wrap		 wr;
	struct bp_line		 l;
	struct bp_diff		 d;
	size_t			 i, w, n;
	char			*ya, *yb, *got, *p, *q;
	int			 color;

	(void)state;
	/* Words of 1 to 9 letters, a very long one, a change in the middle. */
	for (i = 0; i < 40000; i++)
		bp_buf_printf(&mid, "%.*s ", (int)(1 + i % 9), "abcdefghi");
	bp_buf_puts(&a, "summary: |\n  ");
	bp_buf_putn(&a, mid.data, mid.len);
	bp_buf_puts(&a, "old ");
	bp_buf_putn(&b, a.data, a.len - 4);
	bp_buf_puts(&b, "new ");
	for (i = 0; i < 3; i++) {
		bp_buf_repeat(&a, "z", 70000);
		bp_buf_repeat(&b, "z", 70000);
		bp_buf_putc(&a, ' ');
		bp_buf_putc(&b, ' ');
		bp_buf_putn(&a, mid.data, mid.len);
		bp_buf_putn(&b, mid.data, mid.len);
	}
	ya = variant(base, "summary: Both are fruit.", a.data);
	yb = variant(base, "summary: Both are fruit.", b.data);
	diff_texts(ya, yb, &d);
	assert_int_equal(d.n, 1);
	for (w = 0; w < sizeof(widths) / sizeof(widths[0]); w++)
		for (color = 0; color < 2; color++) {
			line.len = 0;
			bp_buf_puts(&line, "~ summary: ");
			bp_buf_putn(&line, mid.data, mid.len);
			bp_buf_puts(&line, color ? "old new" : "[-old-]{+new+}");
			for (i = 0; i < 3; i++) {
				bp_buf_putc(&line, ' ');
				bp_buf_repeat(&line, "z", 70000);
				bp_buf_putc(&line, ' ');
				bp_buf_putn(&line, mid.data, mid.len - 1);
			}
			want.len = 0;
			bp_buf_puts(&want, "Title and summary\n");
			bp_wrap_init(&wr, line.data, line.len, widths[w] - 2,
			    BP_WRAP_SAFE);
			for (n = 0; bp_wrap_next(&wr, &l); n++) {
				if (n > 0)
					bp_buf_puts(&want, "  ");
				bp_buf_putn(&want, l.p, l.len);
				bp_buf_putc(&want, '\n');
			}
			bp_wrap_free(&wr);
			got = as_text(&d, widths[w], color, 0);
			lines_fit(got, widths[w], color);
			p = plain(got);
			q = strstr(p, "Title and summary\n");
			assert_non_null(q);
			memmove(p, q, strlen(q) + 1);
			for (i = 0; p[i] != '\0' && p[i] == want.data[i]; i++)
				;
			if (p[i] != want.data[i])
				fail_msg("width %zu, color %d: differs at byte "
				    "%zu: '%.60s' for '%.60s'", widths[w], color,
				    i, p + i, want.data + i);
			free(p);
			free(got);
		}
	done(&d);
	free(ya);
	free(yb);
	bp_buf_free(&a);
	bp_buf_free(&b);
	bp_buf_free(&mid);
	bp_buf_free(&line);
	bp_buf_free(&want);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(identical_documents_differ_in_nothing),
		cmocka_unit_test(title_change_is_one_item),
		cmocka_unit_test(date_added_and_removed),
		cmocka_unit_test(feature_added_and_removed),
		cmocka_unit_test(only_the_moved_feature_is_moved),
		cmocka_unit_test(changed_value_marks_its_words),
		cmocka_unit_test(edge_change_to_a_shared_edge),
		cmocka_unit_test(choose_item_added),
		cmocka_unit_test(faq_answer_change),
		cmocka_unit_test(source_url_change),
		cmocka_unit_test(source_removed_and_section_changed),
		cmocka_unit_test(third_subject_adds_its_values),
		cmocka_unit_test(made_texts_survive_growth),
		cmocka_unit_test(long_texts_stay_linear),
		cmocka_unit_test(random_documents_diff_by_property),
		cmocka_unit_test(fixtures_diff_by_pairs),
		cmocka_unit_test(many_features_one_move),
		cmocka_unit_test(no_move_is_from_a_place_to_itself),
		cmocka_unit_test(moves_are_few_and_mean_something),
		cmocka_unit_test(edge_list_is_a_set),
		cmocka_unit_test(long_line_wraps_as_one),
	};

	if (!inv_setup()) {
		fprintf(stderr, "test_diff: no C.UTF-8 locale\n");
		return 1;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
