/* Did-you-mean: edit distance with transpositions, and which names are offered. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "base/bp_buf.h"
#include "base/bp_suggest.h"

static void
distances(void **state)
{
	(void)state;
	assert_int_equal(bp_edit_distance("", ""), 0);
	assert_int_equal(bp_edit_distance("compare", "compare"), 0);
	assert_int_equal(bp_edit_distance("compar", "compare"), 1);
	assert_int_equal(bp_edit_distance("complaince", "compliance"), 1);
	assert_int_equal(bp_edit_distance("ab", "ba"), 1);
	assert_int_equal(bp_edit_distance("COMPARE", "compare"), 0);
	assert_int_equal(bp_edit_distance("kitten", "sitting"), 3);
	assert_int_equal(bp_edit_distance("", "abc"), 3);
	assert_int_equal(bp_edit_distance("ca", "abc"), 3);	/* OSA, not full DL */
}

static char *
hint(const char *word)
{
	static const char *const names[] = {
		"compare", "verdict", "faq", "show", "sources", "dump", "help",
		NULL, "comparf",
	};
	struct bp_buf	 b = BP_BUF_INIT;

	bp_suggest(&b, word, names, sizeof(names) / sizeof(names[0]));
	return b.data != NULL ? bp_buf_take(&b) : NULL;
}

#define assert_hint(word, want) do {				\
	char *got_ = hint(word);				\
	if ((want) == NULL)					\
		assert_null(got_);				\
	else							\
		assert_string_equal(got_, (want));		\
	free(got_);						\
} while (0)

/* Issue 12: "india" is no typo of "nda"; case alone is near. */
static void
near_in_proportion(void **state)
{
	static const char *const ids[] = { "nda", "privilege", "markdown",
	    "--json", NULL };
	struct bp_buf	 b = BP_BUF_INIT;

	(void)state;
	assert_int_equal(bp_suggest(&b, "india", ids, 4), 0);
	assert_int_equal(bp_suggest(&b, "privilage", ids, 4), 1);
	assert_string_equal(b.data, "; did you mean 'privilege'?");
	b.len = 0;
	assert_int_equal(bp_suggest(&b, "md", ids, 4), 1);
	assert_string_equal(b.data, "; did you mean 'markdown'?");
	b.len = 0;
	assert_int_equal(bp_suggest(&b, "--JSON", ids, 4), 1);
	assert_string_equal(b.data, "; did you mean '--json'?");
	bp_buf_free(&b);
}

static void
offers_the_nearest(void **state)
{
	(void)state;
	assert_hint("compar", "; did you mean 'compare' or 'comparf'?");
	assert_hint("verdcit", "; did you mean 'verdict'?");
	assert_hint("fa", "; did you mean 'faq'?");
	assert_hint("shwo", "; did you mean 'show'?");
	assert_hint("sorces", "; did you mean 'sources'?");
	/*
	 * Near in proportion: one edit up to seven letters, two beyond;
	 * words of two letters only start or shorten a name.
	 */
	assert_hint("xy", NULL);
	assert_hint("dmpp", NULL);
	assert_hint("vrdcit", NULL);
	assert_hint("zebra", NULL);
	/* A name it begins, else one it abbreviates. */
	assert_hint("sou", "; did you mean 'sources'?");
	assert_hint("cmp", "; did you mean 'compare' or 'comparf'?");
	/* The word itself is no suggestion. */
	assert_hint("help", NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(distances),
		cmocka_unit_test(offers_the_nearest),
		cmocka_unit_test(near_in_proportion),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
