/* Look-up of questions, sections and sources on the built-in data: ids, numbers, words, misses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/bp_diag.h"
#include "model/bp_data.h"
#include "model/bp_doc.h"
#include "query/bp_lookup.h"

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

/* The id a query finds in a list, "" when nothing, "?" when several. */
static const char *
find(void **state, enum bp_list l, const char *query)
{
	struct bp_match	 m;
	const char	*id = "";

	switch (bp_find(*state, l, query, &m)) {
	case BP_FOUND:
		assert_true(m.n >= 1);
		id = bp_list_id(*state, l, m.v[0])->s;
		break;
	case BP_AMBIGUOUS:
		assert_true(m.best > 1);
		id = "?";
		break;
	case BP_NOT_FOUND:
		assert_int_equal(m.n, 0);
		break;
	}
	bp_match_free(&m);
	return id;
}

static const char *
faq(void **state, const char *query)
{
	return find(state, BP_LIST_FAQ, query);
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
	/* Words that name a question (a keyword) whatever the answer says. */
	{ "due diligence", "tasks" }, { "fee", "upl" },
	/* Words of the answer alone support, never pick (issue 12). */
	{ "model rule", "" }, { "how much", "" }, { "much", "" },
	/* British and American spellings; spaces around a query. */
	{ "unauthorised", "upl" }, { "unauthorised practice", "upl" },
	{ "3 ", "upl" }, { "  upl  ", "upl" },
	/* Ties: several entries fit as well. */
	{ "lpo", "?" }, { "bpo", "?" }, { "legal work", "" },
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

/* Sections and sources are found the same way as questions. */
static void
sections_and_sources_alike(void **state)
{
	assert_string_equal(find(state, BP_LIST_SECTIONS, "compliance"),
	    "compliance");
	assert_string_equal(find(state, BP_LIST_SECTIONS, "FIT"), "fit");
	assert_string_equal(find(state, BP_LIST_SECTIONS, "2"), "bpo");
	assert_string_equal(find(state, BP_LIST_SECTIONS, " 2 "), "bpo");
	assert_string_equal(find(state, BP_LIST_SECTIONS, "what is bpo"),
	    "bpo");
	assert_string_equal(find(state, BP_LIST_SECTIONS, "complaince"), "");
	assert_string_equal(find(state, BP_LIST_SECTIONS, ""), "");
	assert_string_equal(find(state, BP_LIST_SOURCES, "1"), "wikipedia");
	assert_string_equal(find(state, BP_LIST_SOURCES, "ABA"), "aba");
	assert_string_equal(find(state, BP_LIST_SOURCES, "model rules"),
	    "aba");
	assert_string_equal(find(state, BP_LIST_SOURCES, "3"), "");
}

/* Why nothing was found, for the message: a number, common words, words. */
static enum bp_miss
miss(void **state, enum bp_list l, const char *query)
{
	struct bp_match	 m;
	enum bp_miss	 why;

	assert_int_equal(bp_find(*state, l, query, &m), BP_NOT_FOUND);
	why = m.miss;
	bp_match_free(&m);
	return why;
}

static void
misses_say_why(void **state)
{
	assert_int_equal(miss(state, BP_LIST_FAQ, "6"), BP_MISS_NUMBER);
	assert_int_equal(miss(state, BP_LIST_FAQ, " 0 "), BP_MISS_NUMBER);
	assert_int_equal(miss(state, BP_LIST_FAQ, "99999999999999999999"),
	    BP_MISS_NUMBER);
	assert_int_equal(miss(state, BP_LIST_SOURCES, "3"), BP_MISS_NUMBER);
	assert_int_equal(miss(state, BP_LIST_FAQ, "what is it"),
	    BP_MISS_COMMON);
	assert_int_equal(miss(state, BP_LIST_FAQ, "the"), BP_MISS_COMMON);
	assert_int_equal(miss(state, BP_LIST_FAQ, "zebra"), BP_MISS_WORDS);
	assert_int_equal(miss(state, BP_LIST_FAQ, "risk"), BP_MISS_WORDS);
	assert_int_equal(miss(state, BP_LIST_SECTIONS, "6 zebras"),
	    BP_MISS_WORDS);
}

/*
 * The index sort compares the first eight bytes of ids as numbers before
 * their texts: on random ids made of stems of six to ten bytes (so that
 * many share their first eight bytes and differ after) and a short tail,
 * some of eight 0xff bytes (the key an absent id has), some absent, some
 * repeated, its order is the texts' order (bp_text_cmp), the first in
 * the file first among equals.
 */
static void
sort_by_text_orders_as_the_texts(void **state)
{
	static const char *const stems[] = { "abcdef", "abcdefg", "abcdefgh",
	    "abcdefghi", "abcdefghij", "abcdefgi", "\xff\xff\xff\xff\xff\xff"
	    "\xff\xff", "" };
	static const char	 pool[] = "ab\xc3\xa9-\x01";
	struct item {
		int		 pad;
		struct bp_text	 id;
	}			 items[300];
	char			 text[300][20];
	uint32_t		*order;
	size_t			 n, i, k, len, tail;
	unsigned		 seed = 1, ties = 0;
	int			 round, c;

#define NEXT()	(seed = seed * 1103515245u + 12345u, seed >> 8)
	(void)state;
	for (round = 0; round < 300; round++) {
		n = 1 + (size_t)round % 300;
		for (i = 0; i < n; i++) {
			strcpy(text[i], stems[NEXT() % 8]);
			len = strlen(text[i]);
			tail = NEXT() % 4;
			for (k = 0; k < tail; k++)
				text[i][len++] = pool[NEXT() % (sizeof(pool) - 1)];
			text[i][len] = '\0';
			memset(&items[i], 0, sizeof(items[i]));
			items[i].id.s = NEXT() % 17 == 0 ? NULL : text[i];
			items[i].id.len = (unsigned)len;
		}
		order = bp_sort_by_text(items, n, sizeof(items[0]),
		    offsetof(struct item, id));
		for (i = 1; i < n; i++) {
			c = bp_text_cmp(&items[order[i - 1]].id,
			    &items[order[i]].id);
			if (c > 0 || (c == 0 && order[i - 1] > order[i]))
				fail_msg("round %d: item %u sorted before %u",
				    round, order[i - 1], order[i]);
			/* Texts that differ past their first eight bytes. */
			if (c < 0 && items[order[i]].id.s != NULL &&
			    items[order[i - 1]].id.len >= 8 &&
			    items[order[i]].id.len >= 8 &&
			    memcmp(items[order[i - 1]].id.s,
			    items[order[i]].id.s, 8) == 0)
				ties++;
		}
		free(order);
	}
#undef NEXT
	/* The case the keys cannot tell apart came up, many times. */
	assert_true(ties > 1000);
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
		cmocka_unit_test(sections_and_sources_alike),
		cmocka_unit_test(misses_say_why),
		cmocka_unit_test(sort_by_text_orders_as_the_texts),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
