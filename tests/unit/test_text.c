/* Text layout: visible escapes, display width, wrapping, paragraphs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "bp_buf.h"
#include "bp_text.h"

static size_t
width(const char *s)
{
	return bp_text_width(s, strlen(s));
}

/* Wraps s at w and joins the lines with '|' for easy comparison. */
static char *
wrap(const char *s, size_t w)
{
	struct bp_buf	 b = BP_BUF_INIT;
	struct bp_line	*lines;
	size_t		 i, n;

	n = bp_text_wrap(s, strlen(s), w, &lines);
	for (i = 0; i < n; i++) {
		if (i > 0)
			bp_buf_putc(&b, '|');
		bp_buf_putn(&b, s + lines[i].off, lines[i].len);
		assert_true(lines[i].width <= w ||
		    lines[i].width == bp_text_width(s + lines[i].off,
		    lines[i].len));
	}
	free(lines);
	return bp_buf_take(&b);
}

#define assert_wrap(s, w, expect) do {			\
	char *got_ = wrap((s), (w));			\
	assert_string_equal(got_, (expect));		\
	free(got_);					\
} while (0)

static char *
safe(const char *s, size_t len)
{
	struct bp_buf	 b = BP_BUF_INIT;

	bp_text_safe(&b, s, len);
	return bp_buf_take(&b);
}

#define assert_safe(s, expect) do {			\
	char *got_ = safe((s), sizeof(s) - 1);		\
	assert_string_equal(got_, (expect));		\
	free(got_);					\
} while (0)

static void
width_counts_columns_not_bytes(void **state)
{
	(void)state;
	assert_int_equal(width(""), 0);
	assert_int_equal(width("abc"), 3);
	assert_int_equal(width("—"), 1);		/* em dash */
	assert_int_equal(width("咖啡"), 4);		/* wide */
	assert_int_equal(width("ｆｕｌｌ"), 8);	/* fullwidth */
	assert_int_equal(width("cafe\xcc\x81"), 4);	/* combining acute */
	assert_int_equal(width("👨‍👩‍👧"), 2);	/* ZWJ family */
	assert_int_equal(width("🇯🇵"), 2);		/* flag */
	assert_int_equal(width("☕"), 2);
}

static void
controls_become_visible(void **state)
{
	(void)state;
	assert_safe("a\x1b[31mb", "a\\e[31mb");
	assert_safe("bell\x07", "bell\\x07");
	assert_safe("cr\r", "cr\\x0d");
	assert_safe("del\x7f", "del\\x7f");
	assert_safe("nul\0x", "nul\\x00x");
	assert_safe("tab\there", "tab here");
	assert_safe("line\nbreak", "line\nbreak");
	assert_safe("csi\xc2\x9b", "csi\\u009b");		/* C1 */
	assert_safe("rlo\xe2\x80\xae", "rlo\\u202e");	/* bidi override */
	assert_safe("bad\xff", "bad\\xff");		/* not UTF-8 */
	assert_safe("ok ü 咖啡", "ok ü 咖啡");
}

static void
wrap_breaks_at_spaces(void **state)
{
	(void)state;
	assert_wrap("the quick brown fox", 9, "the quick|brown fox");
	assert_wrap("the quick brown fox", 100, "the quick brown fox");
	assert_wrap("a  b", 1, "a|b");
	assert_wrap("trailing   ", 20, "trailing");
	assert_wrap("", 10, "");
}

static void
wrap_splits_long_words_at_characters(void **state)
{
	(void)state;
	assert_wrap("abcdefghij", 4, "abcd|efgh|ij");
	assert_wrap("ab ünïcödé", 3, "ab|ünï|cöd|é");
	assert_wrap("e\xcc\x81" "e\xcc\x81" "e\xcc\x81", 2,
	    "e\xcc\x81" "e\xcc\x81|e\xcc\x81");
}

static void
wrap_cjk_between_characters(void **state)
{
	(void)state;
	assert_wrap("中文的句子", 4, "中文|的句|子");
	assert_wrap("中文的句子", 5, "中文|的句|子");
	/* A wide character never shares a line it would overflow. */
	assert_wrap("a中", 2, "a|中");
	/* Wider than the line: it stands alone rather than vanish. */
	assert_wrap("中", 1, "中");
}

static void
wrap_keeps_emoji_sequences_whole(void **state)
{
	(void)state;
	assert_wrap("👨‍👩‍👧👨‍👩‍👧", 2, "👨‍👩‍👧|👨‍👩‍👧");
	assert_wrap("🇯🇵🇧🇷", 2, "🇯🇵|🇧🇷");
}

static void
wrap_honours_newlines(void **state)
{
	(void)state;
	assert_wrap("one\ntwo three", 20, "one|two three");
	assert_wrap("one\n\ntwo", 20, "one||two");
}

static void
longest_word(void **state)
{
	(void)state;
	assert_int_equal(bp_text_longest_word("a bb ccc", 8), 3);
	assert_int_equal(bp_text_longest_word("Confidentiality sensitivity", 27),
	    15);
	assert_int_equal(bp_text_longest_word("中文", 6), 2);
	assert_int_equal(bp_text_longest_word("", 0), 0);
}

static void
collect(const char *s, size_t len, void *arg)
{
	bp_buf_putc(arg, '[');
	bp_buf_putn(arg, s, len);
	bp_buf_putc(arg, ']');
}

static void
paragraphs_split_at_blank_lines(void **state)
{
	struct bp_buf	 b = BP_BUF_INIT;
	const char	*s = "One\nline.\n\n  \nTwo.\n\n\n\nThree.\n";

	(void)state;
	bp_text_paragraphs(s, strlen(s), collect, &b);
	assert_string_equal(b.data, "[One line.][Two.][Three.]");
	bp_buf_free(&b);
	bp_text_paragraphs("", 0, collect, &b);
	assert_null(b.data);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(width_counts_columns_not_bytes),
		cmocka_unit_test(controls_become_visible),
		cmocka_unit_test(wrap_breaks_at_spaces),
		cmocka_unit_test(wrap_splits_long_words_at_characters),
		cmocka_unit_test(wrap_cjk_between_characters),
		cmocka_unit_test(wrap_keeps_emoji_sequences_whole),
		cmocka_unit_test(wrap_honours_newlines),
		cmocka_unit_test(longest_word),
		cmocka_unit_test(paragraphs_split_at_blank_lines),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
