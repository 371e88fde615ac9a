/*
 * Text layout: visible escapes, display width, wrapping, paragraphs; and
 * the width invariant as a property over thousands of random strings of
 * hard code points, measured against glibc's wcswidth() in C.UTF-8.
 */
#define _XOPEN_SOURCE 700	/* wcswidth(3) */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <cmocka.h>

#include <unicase.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>

#include "base/bp_buf.h"
#include "base/bp_text.h"

static size_t
width(const char *s)
{
	return bp_text_width(s, strlen(s));
}

/*
 * The terminal's measure of safe text: glibc's wcswidth() in C.UTF-8
 * (the test runs in that locale).  -1, a character glibc cannot print,
 * fails: bpolpo must have escaped it.
 */
static size_t
glibc(const char *s, size_t len)
{
	wchar_t	 wc[4096];
	char	 buf[16384];
	size_t	 n;
	int	 w;

	assert_true(len < sizeof(buf));
	memcpy(buf, s, len);
	buf[len] = '\0';
	n = mbstowcs(wc, buf, sizeof(wc) / sizeof(wc[0]));
	assert_true(n != (size_t)-1);
	w = wcswidth(wc, n);
	if (w < 0)
		fail_msg("glibc cannot print a character of '%s'", buf);
	return (size_t)w;
}

/* Wraps s at w and joins the lines with '|' for easy comparison. */
static char *
wrap(const char *s, size_t w)
{
	struct bp_buf	 b = BP_BUF_INIT;
	struct bp_wrap	 wr;
	struct bp_line	 line;
	size_t		 n = 0;

	bp_wrap_init(&wr, s, strlen(s), w, 0);
	while (bp_wrap_next(&wr, &line)) {
		if (n++ > 0)
			bp_buf_putc(&b, '|');
		bp_buf_putn(&b, line.p, line.len);
		assert_int_equal(line.width, bp_text_width(line.p, line.len));
	}
	bp_wrap_free(&wr);
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

/*
 * The table made at build time (genwidth) against this glibc: no
 * printable character counts less than wcwidth(), and one it does not
 * know counts two.
 */
static void
char_width_never_below_glibc(void **state)
{
	uint32_t	 c;
	int		 g;

	(void)state;
	for (c = 0x20; c < 0x110000; c++) {
		if ((c >= 0xd800 && c <= 0xdfff) || bp_char_hidden(c))
			continue;
		g = wcwidth((wchar_t)c);
		if (g < 0 ? bp_char_width(c) != 2 : bp_char_width(c) <
		    (size_t)g)
			fail_msg("U+%04X: bpolpo %zu, glibc %d", (unsigned)c,
			    bp_char_width(c), g);
	}
}

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
	assert_int_equal(width("🇯🇵"), 2);		/* flag */
	assert_int_equal(width("☕"), 2);
}

/* Each case of issue 11: a mark with a width of its own counts. */
static void
width_never_undercounts(void **state)
{
	(void)state;
	assert_int_equal(width("a\xf0\x9f\x8f\xbb"), 3);	/* a + skin tone */
	assert_int_equal(width("a\xef\xbe\x9e"), 2);		/* a + U+FF9E */
	assert_int_equal(width("a\xe0\xb8\xb3"), 2);		/* a + U+0E33 */
	assert_int_equal(width("a\xe0\xa4\x83"), 2);		/* a + U+0903 */
	assert_int_equal(width("a\xe2\x80\x8d漢"), 3);		/* a ZWJ 漢 */
	assert_int_equal(width("a\xc2\xad"), 2);		/* soft hyphen */
	assert_int_equal(width("👨‍👩‍👧"), 6);		/* what wcswidth says */
	assert_int_equal(width("\xe2\x98\xba\xef\xb8\x8f"), 2);	/* VS16 */
	/* Escapes are as wide as they are shown. */
	assert_int_equal(width("\x1b[1m"), 5);			/* \e[1m */
	assert_int_equal(width("a\xe2\x80\xae"), 7);		/* a\u202e */
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
	assert_safe("nel\xc2\x85", "nel\\u0085");		/* NEXT LINE */
	assert_safe("rlo\xe2\x80\xae", "rlo\\u202e");	/* bidi override */
	assert_safe("lri\xe2\x81\xa6", "lri\\u2066");	/* bidi isolate */
	assert_safe("rlm\xe2\x80\x8f", "rlm\\u200f");
	assert_safe("alm\xd8\x9c", "alm\\u061c");
	assert_safe("iss\xe2\x81\xaa", "iss\\u206a");	/* deprecated */
	assert_safe("zwsp\xe2\x80\x8b", "zwsp\\u200b");	/* hides */
	assert_safe("ls\xe2\x80\xa8", "ls\\u2028");
	assert_safe("tag\xf3\xa0\x81\x81", "tag\\U000e0041");
	assert_safe("bad\xff", "bad\\xff");		/* not UTF-8 */
	/* What text needs stays: joiners, soft hyphen, marks. */
	assert_safe("ok ü 咖啡 a\xe2\x80\x8d\xe2\x80\x8c\xc2\xad",
	    "ok ü 咖啡 a\xe2\x80\x8d\xe2\x80\x8c\xc2\xad");
}

static void
hidden_table_names_each_class(void **state)
{
	size_t	 i;

	(void)state;
	for (i = 0; i < bp_nhidden; i++) {
		assert_non_null(bp_hidden[i].what);
		if (bp_hidden[i].lo <= bp_hidden[i].hi) {
			assert_true(bp_char_hidden(bp_hidden[i].lo));
			assert_true(bp_char_hidden(bp_hidden[i].hi));
		}
	}
	assert_true(bp_char_hidden(0xffff));
	assert_true(bp_char_hidden(0x10fffe));
	assert_true(bp_char_hidden(0x0600));	/* Cf, by category */
	assert_false(bp_char_hidden(0x200d));
	assert_false(bp_char_hidden(0x200c));
	assert_false(bp_char_hidden(0x00ad));
	assert_false(bp_char_hidden('a'));
	assert_false(bp_char_hidden(0x0301));
}

/*
 * Knowledge in one place: bpolpo(1) lists the classes of the table, each
 * by its first code point (BP_MAN: the page, else man/bpolpo.1).
 */
static void
man_page_lists_the_hidden_table(void **state)
{
	const char	*path = getenv("BP_MAN") ? getenv("BP_MAN") :
			    "man/bpolpo.1";
	char		*page, *sec, code[16];
	FILE		*fp;
	long		 n;
	size_t		 i;

	(void)state;
	fp = fopen(path, "rb");
	assert_non_null(fp);
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	page = calloc(1, (size_t)n + 1);
	assert_non_null(page);
	assert_int_equal(fread(page, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	sec = strstr(page, ".Sh TEXT FROM THE DATA");
	assert_non_null(sec);
	if (strstr(sec + 1, "\n.Sh ") != NULL)
		strstr(sec + 1, "\n.Sh ")[1] = '\0';
	for (i = 0; i < bp_nhidden; i++) {
		if (bp_hidden[i].lo > bp_hidden[i].hi) {
			assert_non_null(strstr(sec, "category Cf"));
			continue;
		}
		snprintf(code, sizeof(code), "U+%04X", (unsigned)bp_hidden[i].lo);
		if (strstr(sec, code) == NULL)
			fail_msg("bpolpo(1) does not list %s (%s)", code,
			    bp_hidden[i].what);
	}
	free(page);
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
	assert_wrap("👨‍👩‍👧👨‍👩‍👧", 6, "👨‍👩‍👧|👨‍👩‍👧");
	assert_wrap("🇯🇵🇧🇷", 2, "🇯🇵|🇧🇷");
	/* Wider than the line: split between its characters. */
	assert_wrap("a\xf0\x9f\x8f\xbb", 2, "a|\xf0\x9f\x8f\xbb");
}

/* Issue 11: a space cluster with a mark is no hanging space. */
static void
wrap_space_with_a_mark_is_text(void **state)
{
	char	*got;

	(void)state;
	got = wrap("ab  \xcc\x81" "cd", 3);
	assert_string_equal(got, "ab| \xcc\x81" "cd");
	free(got);
}

static void
wrap_honours_newlines(void **state)
{
	(void)state;
	assert_wrap("one\ntwo three", 20, "one|two three");
	assert_wrap("one\n\ntwo", 20, "one||two");
}

static void
wrap_keeps_escapes_whole(void **state)
{
	(void)state;
	assert_wrap("ab\xe2\x80\xae", 7, "ab|\\u202e");
	assert_wrap("\x1b[1mbold", 20, "\\e[1mbold");
	/* Narrower than an escape: split, never wider than the line. */
	assert_wrap("\xe2\x80\xae", 4, "\\u20|2e");
}

/* A text bigger than a wrapping piece wraps as if whole. */
static void
wrap_long_text_in_pieces(void **state)
{
	struct bp_buf	 text = BP_BUF_INIT, whole = BP_BUF_INIT;
	struct bp_wrap	 w;
	struct bp_line	 line;
	size_t		 i, lines = 0;

	(void)state;
	for (i = 0; i < 40000; i++)
		bp_buf_printf(&text, "word%zu ", i % 97);
	bp_wrap_init(&w, text.data, text.len, 37, 0);
	while (bp_wrap_next(&w, &line)) {
		assert_true(line.width <= 37);
		assert_true(line.len > 0);
		bp_buf_putn(&whole, line.p, line.len);
		bp_buf_putc(&whole, ' ');
		lines++;
	}
	bp_wrap_free(&w);
	assert_string_equal(whole.data, text.data);
	/* Greedy: no line could have taken the next word. */
	assert_true(lines < text.len / 30);
	bp_buf_free(&text);
	bp_buf_free(&whole);
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
collect(enum bp_block kind, int first, const char *s, size_t len, void *arg)
{
	if (!first)
		bp_buf_putc(arg, '+');
	bp_buf_putc(arg, kind == BP_BLOCK_ITEM ? '<' : '[');
	bp_buf_putn(arg, s, len);
	bp_buf_putc(arg, kind == BP_BLOCK_ITEM ? '>' : ']');
}

static void
paragraphs_hold_lists(void **state)
{
	struct bp_buf	 b = BP_BUF_INIT;
	const char	*s = "Intro:\n- one\n- two\n  goes on\n\n- alone\n\n"
			    "-5 degrees - not - items\n  - indented\n-\n";

	(void)state;
	bp_text_paragraphs(s, strlen(s), collect, &b);
	assert_string_equal(b.data, "[Intro:]+<one>+<two\n  goes on><alone>"
	    "[-5 degrees - not - items]+<indented\n->");
	bp_buf_free(&b);
}

static void
paragraphs_split_at_blank_lines(void **state)
{
	struct bp_buf	 b = BP_BUF_INIT;
	const char	*s = "One\nline.\n\n  \nTwo.\n\n\n\nThree.\n";

	(void)state;
	bp_text_paragraphs(s, strlen(s), collect, &b);
	assert_string_equal(b.data, "[One\nline.][Two.][Three.]");
	bp_buf_free(&b);
	bp_text_paragraphs("", 0, collect, &b);
	assert_null(b.data);
}

static void
fold_makes_one_line(void **state)
{
	char	 a[] = "  Title\n  on two lines \n", b[] = " \n\t ", c[] = "a \tb";

	(void)state;
	assert_int_equal(bp_text_fold(a, strlen(a)), 18);
	assert_string_equal(a, "Title on two lines");
	assert_int_equal(bp_text_fold(b, strlen(b)), 0);
	assert_int_equal(bp_text_fold(c, strlen(c)), 4);
	assert_string_equal(c, "a \tb");
}

static void
ascii_case_ignores_the_locale(void **state)
{
	(void)state;
	assert_int_equal(bp_ascii_casecmp("FIT", "fit"), 0);
	assert_int_equal(bp_ascii_casecmp("RISK", "risk"), 0);
	assert_true(bp_ascii_casecmp("a", "b") < 0);
	assert_true(bp_ascii_casecmp("\xc4\xb0", "i") != 0);	/* İ is not I */
	assert_int_equal(bp_ascii_ncasecmp("HTTPS://x", "https://", 8), 0);
}

/* ---- The invariant, by property. ---- */

/* Code points that have broken width measures somewhere. */
static const uint32_t hard[] = {
	'a', 'Z', '7', ' ', ' ', ' ', '-', '(', '\t', '\n', '\\',
	0x0301, 0x0308, 0x20dd,			/* combining, enclosing */
	0x0903, 0x0e33, 0x0bbe,			/* spacing marks */
	0x1f600, 0x1f468, 0x1f469, 0x1f467,	/* emoji */
	0x200d, 0x200c,				/* ZWJ, ZWNJ */
	0x1f3fb, 0x1f3ff,			/* skin tones */
	0x2615, 0x263a, 0xfe0e, 0xfe0f,		/* VS15, VS16 */
	0x1f1ef, 0x1f1f5,			/* regional indicators */
	0x1100, 0x1161, 0x11a8, 0xac00,		/* Hangul jamo L V T, syllable */
	0x115f, 0x3164,				/* fillers */
	0x4e2d, 0x6587, 0xff21, 0xff76, 0xff9e,	/* CJK, full- and halfwidth */
	0x200b, 0x200e, 0x202e, 0x2066, 0x061c, 0xfeff, 0x2060, 0xe0041,
	0x00ad, 0x0600, 0x2028,			/* format, separators */
	0x0085, 0x001b, 0x0007, 0x007f,		/* controls */
	0x0627, 0x0644, 0x05d0, 0x0e01,		/* right-to-left, Thai */
	0x3248, 0x0890,				/* glibc wider than libunistring */
};

static unsigned long	 seed = 12345;

static unsigned
rnd(unsigned n)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((seed >> 33) % n);
}

/* A random string of up to max hard code points. */
static size_t
random_text(char *buf, size_t max)
{
	size_t	 n = rnd((unsigned)max + 1), i, len = 0;
	int	 k;

	for (i = 0; i < n; i++) {
		k = u8_uctomb((uint8_t *)buf + len,
		    hard[rnd(sizeof(hard) / sizeof(hard[0]))], 6);
		len += (size_t)k;
	}
	buf[len] = '\0';
	return len;
}

/*
 * Whether a line may start at offset off of s: at a grapheme cluster
 * boundary, or inside a cluster wider than the line (cols).
 */
static int
may_break(const char *s, size_t len, size_t off, size_t cols)
{
	char	*brk;
	size_t	 a, b;
	int	 r;

	if (off == 0 || off >= len)
		return 1;
	brk = malloc(len);
	assert_non_null(brk);
	u8_grapheme_breaks((const uint8_t *)s, len, brk);
	r = brk[off];
	if (!r) {
		for (a = off; a > 0 && !brk[a]; a--)
			;
		for (b = off; b < len && !brk[b]; b++)
			;
		/* Emoji ZWJ sequences are one cluster (GB11): so is this. */
		while (a >= 3 && memcmp(s + a - 3, "\xe2\x80\x8d", 3) == 0)
			for (a -= 3; a > 0 && !brk[a]; a--)
				;
		while (b + 3 <= len && memcmp(s + b - 3, "\xe2\x80\x8d", 3) ==
		    0 && b < len)
			for (b++; b < len && !brk[b]; b++)
				;
		r = bp_text_width(s + a, b - a) > cols;
	}
	free(brk);
	return r;
}

static void
width_property_over_hard_strings(void **state)
{
	struct bp_buf	 shown = BP_BUF_INIT, plain = BP_BUF_INIT;
	struct bp_buf	 joined = BP_BUF_INIT;
	struct bp_wrap	 w;
	struct bp_line	 line;
	char		 text[1024];
	size_t		 len, i, cols, first;
	uint32_t	 c;

	(void)state;
	for (i = 0; i < 4000; i++) {
		len = random_text(text, 40);
		/* The measure never undercounts what a terminal draws. */
		shown.len = 0;
		bp_text_safe_line(&shown, text, len);
		bp_buf_putn(&shown, "", 0);
		assert_true(bp_text_width(text, len) >=
		    glibc(shown.data, shown.len));
		assert_int_equal(bp_text_width(text, len),
		    bp_text_width(shown.data, shown.len));
		/* Every line of every wrap fits, and loses nothing. */
		plain.len = 0;
		bp_text_safe(&plain, text, len);
		bp_buf_putn(&plain, "", 0);
		for (cols = 1; cols <= 24; cols += 1 + cols / 6) {
			joined.len = 0;
			bp_wrap_init(&w, text, len, cols, i % 3 == 0 ?
			    BP_WRAP_JOIN : 0);
			while (bp_wrap_next(&w, &line)) {
				assert_int_equal(line.width,
				    bp_text_width(line.p, line.len));
				assert_true(line.width >= glibc(line.p,
				    line.len));
				if (line.width > cols) {
					/* Only one character wider than it. */
					first = bp_utf8_decode(line.p, line.len,
					    &c);
					assert_true(bp_char_width(c) > cols);
					assert_int_equal(bp_text_width(line.p +
					    first, line.len - first), 0);
				}
				bp_buf_putn(&joined, line.p, line.len);
			}
			bp_wrap_free(&w);
			/* What is shown, less the spaces a break took. */
			bp_buf_putn(&joined, "", 0);
			{
				struct bp_buf a = BP_BUF_INIT, b = BP_BUF_INIT;
				size_t j;

				for (j = 0; j < plain.len; j++)
					if (plain.data[j] != ' ' &&
					    plain.data[j] != '\n')
						bp_buf_putc(&a, plain.data[j]);
				for (j = 0; j < joined.len; j++)
					if (joined.data[j] != ' ' &&
					    joined.data[j] != '\n')
						bp_buf_putc(&b, joined.data[j]);
				bp_buf_putn(&a, "", 0);
				bp_buf_putn(&b, "", 0);
				assert_string_equal(a.data, b.data);
				bp_buf_free(&a);
				bp_buf_free(&b);
			}
		}
	}
	bp_buf_free(&shown);
	bp_buf_free(&plain);
	bp_buf_free(&joined);
}

/* Lines break only between grapheme clusters, but inside clusters too wide. */
static void
breaks_only_between_clusters(void **state)
{
	struct bp_buf	 plain = BP_BUF_INIT;
	struct bp_wrap	 w;
	struct bp_line	 line;
	char		 text[1024];
	size_t		 len, i, cols, off;

	(void)state;
	for (i = 0; i < 2000; i++) {
		len = random_text(text, 30);
		plain.len = 0;
		bp_text_safe(&plain, text, len);
		bp_buf_putn(&plain, "", 0);
		if (memchr(plain.data, '\n', plain.len) != NULL)
			continue;	/* line breaks are their own boundary */
		for (cols = 6; cols <= 20; cols += 7) {
			bp_wrap_init(&w, plain.data, plain.len, cols,
			    BP_WRAP_SAFE);
			while (bp_wrap_next(&w, &line)) {
				off = line.off;
				if (!may_break(plain.data, plain.len, off, cols))
					fail_msg("break inside a cluster at %zu "
					    "of '%s' at width %zu", off,
					    plain.data, cols);
			}
			bp_wrap_free(&w);
		}
	}
	bp_buf_free(&plain);
}

/* Lines of s wrapped at width by bp_wrap, as drawn. */
static size_t
count_lines(const char *s, size_t len, size_t width)
{
	struct bp_wrap	 w;
	struct bp_line	 line;
	size_t		 n;

	bp_wrap_init(&w, s, len, width, 0);
	for (n = 0; bp_wrap_next(&w, &line); n++)
		;
	bp_wrap_free(&w);
	return n;
}

/*
 * A random string of words as most data has them, where the widest word
 * is found without libunistring: letters, digits, marks after a word.
 */
static size_t
plain_text(char *buf, size_t max)
{
	static const char *const parts[] = {
		"a", "Zq", "7", "42", "legal", "Lowest", ",", ".", ";", ":",
		"!", "?", " ", " ", "  ",
	};
	size_t	 n = rnd((unsigned)max + 1), i, len = 0, k;

	for (i = 0; i < n; i++) {
		const char *p = parts[rnd(sizeof(parts) / sizeof(parts[0]))];

		k = strlen(p);
		memcpy(buf + len, p, k);
		len += k;
	}
	buf[len] = '\0';
	return len;
}

/*
 * bp_measure counts the lines bp_wrap draws, at every width, and the
 * widths it skips give the same count; its widest word is the one
 * bp_text_longest_word() finds, by either way.
 */
static void
measure_counts_the_lines_drawn(void **state)
{
	struct bp_measure	 m;
	char			 text[1024];
	size_t			 len, i, cols, n, next, top;

	(void)state;
	for (i = 0; i < 1500; i++) {
		len = i % 3 == 0 ? plain_text(text, 30) : random_text(text, 30);
		bp_measure_init(&m, text, len);
		if (m.word != bp_text_longest_word(text, len))
			fail_msg("widest word of '%s': %zu, %zu", text, m.word,
			    bp_text_longest_word(text, len));
		top = bp_text_width(text, len) + 2;
		for (cols = 1; cols <= top; cols++) {
			n = count_lines(text, len, cols);
			if (bp_measure_lines(&m, cols, &next) != n)
				fail_msg("'%s' at width %zu: %zu lines drawn, "
				    "%zu measured", text, cols, n,
				    bp_measure_lines(&m, cols, NULL));
			assert_true(next > cols);
			if (next - 1 > cols && next - 1 <= top &&
			    count_lines(text, len, next - 1) != n)
				fail_msg("'%s': %zu lines at %zu, not up "
				    "to %zu", text, n, cols, next);
		}
		bp_measure_free(&m);
	}
}

/*
 * The break opportunities bp_text_breaks() reads from its ASCII table,
 * and from libunistring around the rest, are libunistring's own, on
 * random text: ASCII of every class (digits, quotes, brackets, hyphens,
 * slashes, newlines, runs of spaces), alone and mixed with the hard code
 * points at every kind of boundary between the two.
 */
static void
breaks_match_libunistring(void **state)
{
	static const char	 ascii[] =
	    "aZ09 .,;:!?-()[]{}\"'/$%+#&*<=>@\\^_`|~\n";
	char			 text[512], want[512], got[512];
	size_t			 len, i, k, n;
	int			 c;

	(void)state;
	/* Every pair and triple of printable ASCII and newline. */
	for (i = 0; i < 96 * 96; i++) {
		text[0] = (char)(i / 96 == 95 ? '\n' : 0x20 + i / 96);
		text[1] = (char)(i % 96 == 95 ? '\n' : 0x20 + i % 96);
		for (k = 0; k < 96; k++) {
			text[2] = (char)(k == 95 ? '\n' : 0x20 + k);
			for (len = 1; len <= 3; len++) {
				u8_possible_linebreaks((const uint8_t *)text,
				    len, "UTF-8", want);
				bp_text_breaks(text, len, got);
				if (memcmp(want, got, len) != 0)
					fail_msg("breaks of '%.*s' differ",
					    (int)len, text);
			}
		}
	}
	for (i = 0; i < 200000; i++) {
		n = 1 + rnd(40);
		for (len = k = 0; k < n; k++) {
			c = (int)rnd(8);
			if (i % 4 != 0 && c == 0)
				len += (size_t)u8_uctomb((uint8_t *)text + len,
				    hard[rnd(sizeof(hard) / sizeof(hard[0]))],
				    6);
			else if (c == 1)
				text[len++] = (char)(0x20 + rnd(95));
			else
				text[len++] = ascii[rnd(sizeof(ascii) - 1)];
		}
		u8_possible_linebreaks((const uint8_t *)text, len, "UTF-8",
		    want);
		memset(got, 0x55, len);
		bp_text_breaks(text, len, got);
		if (memcmp(want, got, len) != 0)
			fail_msg("breaks of '%.*s' differ", (int)len, text);
	}
}

/*
 * The ASCII fast paths of width measure as the character-by-character
 * way does: bp_ascii_run() stops at the first byte not printable ASCII,
 * wherever it falls in its eight-byte words.
 */
static void
ascii_run_stops_where_ascii_does(void **state)
{
	char	 text[64];
	size_t	 len, i, k, want;

	(void)state;
	for (i = 0; i < 100000; i++) {
		len = rnd(40);
		for (k = 0; k < len; k++)
			text[k] = (char)(rnd(6) == 0 ? rnd(256) :
			    0x20 + rnd(95));
		for (want = 0; want < len &&
		    (unsigned char)text[want] >= 0x20 &&
		    (unsigned char)text[want] < 0x7f; want++)
			;
		if (bp_ascii_run(text, len) != want)
			fail_msg("ASCII run of %zu bytes: %zu, not %zu", len,
			    bp_ascii_run(text, len), want);
	}
}

/*
 * bp_ascii_lower lowers sixteen bytes at a time: on random bytes, mostly
 * ASCII with letters on either side of 'A' and 'Z', it stops where the
 * first byte of 0x80 or above is and lowers as uc_tolower() does.
 */
static void
ascii_lower_matches_uc_tolower(void **state)
{
	char	 text[80], out[80];
	size_t	 len, i, k, want;

	(void)state;
	for (i = 0; i < 100000; i++) {
		len = rnd(72);
		for (k = 0; k < len; k++)
			text[k] = (char)(rnd(40) == 0 ? 0x80 + rnd(128) :
			    rnd(3) == 0 ? '@' + rnd(28) : rnd(128));
		for (want = 0; want < len && (unsigned char)text[want] < 0x80;
		    want++)
			;
		memset(out, 0, sizeof(out));
		if (bp_ascii_lower(out, text, len) != want)
			fail_msg("lowered %zu of %zu bytes, not %zu",
			    bp_ascii_lower(out, text, len), len, want);
		for (k = 0; k < want; k++)
			if ((unsigned char)out[k] !=
			    uc_tolower((unsigned char)text[k]))
				fail_msg("byte %zu: 0x%02x lowered to 0x%02x",
				    k, (unsigned char)text[k],
				    (unsigned char)out[k]);
	}
}

/* Folding as the format says, a byte at a time: the reference. */
static size_t
fold_slowly(char *s, size_t len)
{
	size_t	 i = 0, o = 0, j;
	int	 nl;

#define WS(c)	((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r')
	while (i < len && WS(s[i]))
		i++;
	while (i < len) {
		if (!WS(s[i])) {
			s[o++] = s[i++];
			continue;
		}
		for (j = i, nl = 0; j < len && WS(s[j]); j++)
			nl |= s[j] == '\n' || s[j] == '\r';
		if (j == len)
			break;
		if (nl) {
			s[o++] = ' ';
			i = j;
		} else
			while (i < j)
				s[o++] = s[i++];
	}
#undef WS
	if (o < len)
		s[o] = '\0';
	return o;
}

/*
 * bp_text_fold looks for a tab or a line break sixteen and eight bytes at
 * a time: on random text of up to 72 bytes (blocks and their tails), and
 * on letters with one such byte anywhere, it folds as the reference does.
 */
static void
fold_matches_the_reference(void **state)
{
	static const char	 pool[] = "ab \t\n\r\x01\x1f\x7f\xc3\xa9 ";
	char			 a[80], b[80];
	size_t			 len, i, k, n, m;

	(void)state;
	for (i = 0; i < 100000; i++) {
		len = rnd(72);
		for (k = 0; k < len; k++)
			a[k] = i % 2 ? (char)('a' + rnd(26)) :
			    pool[rnd(sizeof(pool) - 1)];
		/* One byte that folds, at a place of its own. */
		if (i % 2 && len > 0)
			a[rnd(len)] = "\t\n\r\x01 "[rnd(5)];
		a[len] = '\0';
		memcpy(b, a, len + 1);
		n = bp_text_fold(a, len);
		m = fold_slowly(b, len);
		if (n != m || memcmp(a, b, n) != 0)
			fail_msg("fold of %zu bytes unlike the reference "
			    "(%zu and %zu bytes)", len, n, m);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(char_width_never_below_glibc),
		cmocka_unit_test(width_counts_columns_not_bytes),
		cmocka_unit_test(width_never_undercounts),
		cmocka_unit_test(controls_become_visible),
		cmocka_unit_test(hidden_table_names_each_class),
		cmocka_unit_test(man_page_lists_the_hidden_table),
		cmocka_unit_test(wrap_breaks_at_spaces),
		cmocka_unit_test(wrap_splits_long_words_at_characters),
		cmocka_unit_test(wrap_cjk_between_characters),
		cmocka_unit_test(wrap_keeps_emoji_sequences_whole),
		cmocka_unit_test(wrap_space_with_a_mark_is_text),
		cmocka_unit_test(wrap_honours_newlines),
		cmocka_unit_test(wrap_keeps_escapes_whole),
		cmocka_unit_test(wrap_long_text_in_pieces),
		cmocka_unit_test(longest_word),
		cmocka_unit_test(paragraphs_split_at_blank_lines),
		cmocka_unit_test(paragraphs_hold_lists),
		cmocka_unit_test(fold_makes_one_line),
		cmocka_unit_test(fold_matches_the_reference),
		cmocka_unit_test(ascii_lower_matches_uc_tolower),
		cmocka_unit_test(ascii_case_ignores_the_locale),
		cmocka_unit_test(width_property_over_hard_strings),
		cmocka_unit_test(breaks_only_between_clusters),
		cmocka_unit_test(measure_counts_the_lines_drawn),
		cmocka_unit_test(breaks_match_libunistring),
		cmocka_unit_test(ascii_run_stops_where_ascii_does),
	};
	locale_t	 l;

	/* The reference measure is glibc's in C.UTF-8, whatever the caller's. */
	if ((l = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0)) == 0) {
		fprintf(stderr, "test_text: no C.UTF-8 locale\n");
		return 1;
	}
	uselocale(l);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
