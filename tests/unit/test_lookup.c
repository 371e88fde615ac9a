/* FAQ and section look-up on the built-in data: ids, numbers, words, misses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "bp_data.h"
#include "bp_diag.h"
#include "bp_doc.h"
#include "bp_lookup.h"

static int
setup(void **state)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;

	bp_diags_init(&dg, "(built-in)");
	d = bp_load("(built-in)", bp_default_data, bp_default_len, &dg);
	bp_diags_free(&dg);
	*state = d;
	return d == NULL;
}

static int
teardown(void **state)
{
	bp_doc_free(*state);
	return 0;
}

/* The id a query finds, "" when nothing, "?" when several. */
static const char *
faq(void **state, const char *query)
{
	const struct bp_faq	*hit;
	size_t			*cands, n;

	switch (bp_faq_find(*state, query, &hit, &cands, &n)) {
	case BP_FOUND:
		assert_null(cands);
		return hit->id.s;
	case BP_AMBIGUOUS:
		assert_true(n > 1);
		free(cands);
		return "?";
	default:
		return "";
	}
}

static void
faq_by_id_any_case(void **state)
{
	assert_string_equal(faq(state, "upl"), "upl");
	assert_string_equal(faq(state, "UPL"), "upl");
	assert_string_equal(faq(state, "Cost"), "cost");
}

static void
faq_by_number(void **state)
{
	assert_string_equal(faq(state, "1"), "type");
	assert_string_equal(faq(state, "3"), "upl");
	assert_string_equal(faq(state, "5"), "cost");
	assert_string_equal(faq(state, "0"), "");
	assert_string_equal(faq(state, "6"), "");
	assert_string_equal(faq(state, "3x"), "");
}

static void
faq_by_question_words(void **state)
{
	assert_string_equal(faq(state, "is lpo a type of bpo"), "type");
	assert_string_equal(faq(state, "Which is CHEAPER"), "cost");
	assert_string_equal(faq(state, "cheap"), "cost");
	assert_string_equal(faq(state, "unauthorized practice"), "upl");
	assert_string_equal(faq(state, "confidentiality protected?"),
	    "confidentiality");
	assert_string_equal(faq(state, "tasks"), "tasks");
}

static void
faq_by_keyword(void **state)
{
	assert_string_equal(faq(state, "privilege"), "confidentiality");
	assert_string_equal(faq(state, "NDA"), "confidentiality");
	assert_string_equal(faq(state, "price"), "cost");
	assert_string_equal(faq(state, "kpo"), "type");
	assert_string_equal(faq(state, "ethics"), "upl");
	assert_string_equal(faq(state, "Unauthorized Practice of Law"), "upl");
	assert_string_equal(faq(state, "services"), "tasks");
	/* A keyword beats question words that would match elsewhere. */
	assert_string_equal(faq(state, "tasks"), "tasks");
}

static void
faq_ambiguous_and_missing(void **state)
{
	assert_string_equal(faq(state, "lpo"), "?");
	assert_string_equal(faq(state, "zebra"), "");
	assert_string_equal(faq(state, "lpo zebra"), "");
	assert_string_equal(faq(state, "?!"), "");
	assert_string_equal(faq(state, ""), "");
}

/* What a person types, and the entry it must find: "" none, "?" a tie. */
static const struct {
	const char	*query;
	const char	*want;
} table[] = {
	/* Ids and numbers. */
	{ "upl", "upl" }, { "UPL", "upl" }, { "Type", "type" },
	{ "1", "type" }, { "5", "cost" },
	/* Keywords, whole. */
	{ "privilege", "confidentiality" }, { "NDA", "confidentiality" },
	{ "security", "confidentiality" }, { "kpo", "type" },
	{ "classification", "type" }, { "services", "tasks" },
	{ "price", "cost" }, { "cheaper", "cost" }, { "ethics", "upl" },
	{ "supervision", "upl" }, { "unauthorized practice of law", "upl" },
	{ "soc 2", "confidentiality" },
	/* Words of the question, any case, any punctuation. */
	{ "is lpo a type of bpo", "type" },
	{ "Which is cheaper, BPO or LPO?", "cost" },
	{ "how is confidentiality protected", "confidentiality" },
	{ "What tasks", "tasks" },
	/* Word forms: a stem or the start of a longer word. */
	{ "cheap", "cost" }, { "costs", "cost" }, { "task", "tasks" },
	{ "outsource", "tasks" }, { "protect", "confidentiality" },
	/* Words of the answer. */
	{ "due diligence", "tasks" }, { "fee", "upl" },
	{ "model rule", "upl" }, { "encryption", "confidentiality" },
	/* Ties: several entries fit as well. */
	{ "lpo", "?" }, { "legal work", "?" }, { "bpo", "?" },
	/* Must not match: typos and words the entries do not hold. */
	{ "zebra", "" }, { "uple", "" }, { "confidentality", "" },
	{ "weather", "" }, { "lpo zebra", "" }, { "sri lanka", "" },
	{ "0", "" }, { "6", "" }, { "?!", "" }, { "", "" },
	/* Stopwords alone ask nothing. */
	{ "the", "" }, { "what is it", "" },
};

static void
faq_table(void **state)
{
	size_t	 i;

	for (i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		const char *got = faq(state, table[i].query);

		if (strcmp(got, table[i].want) != 0)
			fail_msg("faq '%s': got '%s', want '%s'",
			    table[i].query, got, table[i].want);
	}
}

static void
section_by_id(void **state)
{
	assert_string_equal(bp_section_find(*state, "compliance")->id.s,
	    "compliance");
	assert_string_equal(bp_section_find(*state, "FIT")->id.s, "fit");
	assert_null(bp_section_find(*state, "complaince"));
	assert_null(bp_section_find(*state, ""));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(faq_by_id_any_case),
		cmocka_unit_test(faq_by_number),
		cmocka_unit_test(faq_by_question_words),
		cmocka_unit_test(faq_by_keyword),
		cmocka_unit_test(faq_ambiguous_and_missing),
		cmocka_unit_test(faq_table),
		cmocka_unit_test(section_by_id),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
