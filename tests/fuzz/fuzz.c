/*
 * libFuzzer target: raw bytes through load, validate and every renderer,
 * asserting on every output the invariants bpolpo promises for any data
 * (tests/lib/invariants.h): text fits the width and carries no control or
 * hidden character, Markdown holds no HTML and no link but http(s), JSON
 * is valid; and the heap never holds more than 3x the input plus a
 * little.  Built and run by "make fuzz"; what it finds becomes a case in
 * tests/fuzz/regress/, which "make check" replays (tests/fuzz/replay.c).
 */
/*
 * The heap is watched where AddressSanitizer can tell the sizes and the
 * compiler ships its allocator header (clang does; Debian's gcc 12 does
 * not, so the sanitizer pass's replay runs without the watch).
 */
#if defined(__SANITIZE_ADDRESS__)
#define ASAN_ON		1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ASAN_ON		1
#endif
#endif
#if defined(ASAN_ON) && defined(__has_include)
#if __has_include(<sanitizer/allocator_interface.h>)
#define WATCH_HEAP	1
#endif
#endif

#ifdef WATCH_HEAP
#include <sanitizer/allocator_interface.h>
#endif

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "bp_buf.h"
#include "bp_diag.h"
#include "bp_diff.h"
#include "bp_doc.h"
#include "bp_lookup.h"
#include "bp_render.h"
#include "bp_search.h"
#include "bp_text.h"
#include "invariants.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);
int	LLVMFuzzerInitialize(int *, char ***);

/*
 * Live heap bytes, and the most there were since the last reset; the
 * checks' own memory (cmark's, say) does not count.
 */
static size_t	 live, peak;
static int	 checking;

#ifdef WATCH_HEAP
static void
on_malloc(const volatile void *p, size_t size)
{
	(void)p;
	live += size;
	if (live > peak && !checking)
		peak = live;
}

static void
on_free(const volatile void *p)
{
	size_t	 n = __sanitizer_get_allocated_size((const void *)p);

	live = n <= live ? live - n : 0;
}
#endif

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (!inv_setup()) {
		fprintf(stderr, "fuzz: no C.UTF-8 locale\n");
		abort();
	}
#ifdef WATCH_HEAP
	__sanitizer_install_malloc_and_free_hooks(on_malloc, on_free);
#endif
	return 0;
}

static void
check(const char *(*inv)(const char *, size_t), struct bp_buf *b,
    const char *what)
{
	const char	*err;

	checking = 1;
	err = b->len > 0 ? inv(b->data, b->len) : NULL;
	checking = 0;
	if (err != NULL) {
		fprintf(stderr, "fuzz: %s breaks an invariant: %s\n", what, err);
		abort();
	}
	b->len = 0;
}

static void
check_term(struct bp_buf *b, const struct bp_opts *o, const char *what)
{
	const char	*err;

	checking = 1;
	err = b->len > 0 ? inv_term(b->data, b->len, o->width, o->color) :
	    NULL;
	checking = 0;
	if (err != NULL) {
		fprintf(stderr, "fuzz: %s at width %zu breaks an invariant: "
		    "%s\n", what, o->width, err);
		abort();
	}
	b->len = 0;
}

/* Every command of one format, each output checked on its own. */
static void
render_all(const struct bp_renderer *R, const struct bp_doc *d,
    const struct bp_opts *o, const struct bp_query *q,
    const char *(*inv)(const char *, size_t))
{
	static const struct bp_cmdinfo cmds[] = { { "compare", "Table" } };
	struct bp_buf	 b = BP_BUF_INIT;
	size_t		 i;

#define DONE(what) (inv != NULL ? check(inv, &b, (what)) : \
	    check_term(&b, o, (what)))
	R->overview(&b, d, o, cmds, 1);
	DONE("overview");
	R->compare(&b, d, o);
	DONE("compare");
	R->verdict(&b, d, o);
	DONE("verdict");
	R->faq_list(&b, d, o);
	DONE("faq");
	for (i = 0; i < d->nfaqs; i++) {
		R->faq(&b, d, &d->faqs[i], o);
		DONE("faq ID");
	}
	R->section_list(&b, d, o);
	DONE("show");
	for (i = 0; i < d->nsections; i++) {
		R->section(&b, d, &d->sections[i], o);
		DONE("show ID");
	}
	R->sources(&b, d, o);
	DONE("sources");
	if (q->nitems > 0) {
		R->search(&b, d, q, o);
		DONE("search");
	}
#undef DONE
	bp_buf_free(&b);
}

/* YAML output holds no character bpolpo never writes raw (but \n, \t). */
static const char *
inv_yaml(const char *s, size_t len)
{
	size_t		 i, n;
	uint32_t	 c;

	for (i = 0; i < len; i += n) {
		n = bp_utf8_decode(s + i, len - i, &c);
		if (n == 0)
			return "invalid UTF-8";
		if (c != '\n' && c != '\t' && bp_char_hidden(c))
			return "a hidden character written raw";
	}
	return NULL;
}

/*
 * dump --format yaml reads back as the same comparison: its JSON dump is
 * json (the original's, compact), but for the order of keys, which YAML
 * gives in the format's order: so both are compared with keys sorted.
 */
static void
yaml_round_trip(const struct bp_doc *d, struct bp_buf *json)
{
	struct bp_buf	 y = BP_BUF_INIT, j2 = BP_BUF_INIT;
	struct bp_diags	 dg;
	struct bp_doc	*d2;
	struct bp_opts	 o;
	cJSON		*a, *b;

	size_t		 held;

	memset(&o, 0, sizeof(o));
	o.compact = 1;
	bp_yaml_dump(&y, d);
	/* What follows is the test's, not the command's: not counted. */
	held = peak;
	check(inv_yaml, &y, "dump --format yaml");
	bp_yaml_dump(&y, d);
	bp_diags_init(&dg, "yaml");
	d2 = bp_load("yaml", y.data, y.len, &dg);
	if (d2 != NULL)
		bp_validate(d2, &dg);
	if (d2 == NULL || dg.nerrors > 0) {
		fprintf(stderr, "fuzz: dump --format yaml does not load:\n%s\n",
		    y.data);
		abort();
	}
	bp_json_dump(&j2, d2, &o);
	json->len = 0;
	bp_json_dump(json, d, &o);
	a = cJSON_Parse(json->data);
	b = cJSON_Parse(j2.data);
	if (a == NULL || b == NULL || !cJSON_Compare(a, b, 1)) {
		fprintf(stderr, "fuzz: dump --format yaml reads back "
		    "otherwise:\n%s\n%s\n", json->data, j2.data);
		abort();
	}
	cJSON_Delete(a);
	cJSON_Delete(b);
	json->len = 0;
	bp_buf_free(&y);
	bp_buf_free(&j2);
	bp_doc_free(d2);
	bp_diags_free(&dg);
	peak = held;
}

/* A comparison from part of the input, or NULL when it is not a valid one. */
static struct bp_doc *
load_part(const char *s, size_t len)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;

	bp_diags_init(&dg, "part");
	d = bp_load("part", s, len, &dg);
	if (d != NULL)
		bp_validate(d, &dg);
	if (d != NULL && dg.nerrors > 0) {
		bp_doc_free(d);
		d = NULL;
	}
	bp_diags_free(&dg);
	return d;
}

/*
 * diff: a document against itself has no difference; two documents cut
 * from one buffer at a line "%%" differ in output that holds every
 * invariant, in each format.
 */
static void
fuzz_diff(const char *data, size_t size, const struct bp_doc *whole)
{
	static const size_t widths[] = { 20, 57 };
	const char	*sep = NULL;
	struct bp_doc	*a, *b;
	struct bp_diff	 d;
	struct bp_buf	 out = BP_BUF_INIT;
	struct bp_opts	 o;
	size_t		 i;

	for (i = 0; sep == NULL && i + 4 <= size; i++)
		if (memcmp(data + i, "\n%%\n", 4) == 0)
			sep = data + i;
	memset(&d, 0, sizeof(d));
	if (whole != NULL) {
		bp_diff(whole, whole, &d);
		if (d.n != 0) {
			fprintf(stderr, "fuzz: diff of a document with itself "
			    "finds %zu differences\n", d.n);
			abort();
		}
		bp_diff_free(&d);
		memset(&d, 0, sizeof(d));
	}
	if (sep == NULL)
		return;
	a = load_part(data, (size_t)(sep - data) + 1);
	b = load_part(sep + 4, size - (size_t)(sep + 4 - data));
	if (a != NULL && b != NULL) {
		bp_diff(a, b, &d);
		memset(&o, 0, sizeof(o));
		for (i = 0; i < sizeof(widths) / sizeof(widths[0]); i++) {
			o.width = widths[i];
			o.color = (int)i;
			o.ascii = (int)i;
			bp_diff_text(&out, &o, &d, "old", "new");
			check_term(&out, &o, "diff");
		}
		o.color = 0;
		bp_diff_markdown(&out, &o, &d, "old", "new");
		check(inv_markdown_struck, &out, "diff --markdown");
		bp_diff_json(&out, &o, &d, "old", "new");
		check(inv_json, &out, "diff --json");
		bp_diff_free(&d);
	}
	bp_buf_free(&out);
	bp_doc_free(a);
	bp_doc_free(b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t widths[] = { 20, 21, 57, 200 };
	struct bp_diags		 dg;
	struct bp_doc		*d;
	struct bp_opts		 o;
	struct bp_buf		 b = BP_BUF_INIT;
	struct bp_query		 q;
	struct bp_match		 m;
	size_t			 i, base;
	char			 term[8], *terms[1] = { term };

	base = live;
	peak = live;
	bp_diags_init(&dg, "fuzz");
	d = bp_load("fuzz", (const char *)data, size, &dg);
	if (d != NULL)
		bp_validate(d, &dg);
	bp_diags_sort(&dg);
	memset(&o, 0, sizeof(o));
	bp_json_check(&b, &dg, &o);
	check(inv_json, &b, "check --json");
	if (d == NULL || dg.nerrors > 0)
		goto out;

	/* A term from the data itself, so search finds something. */
	snprintf(term, sizeof(term), "%.3s", d->features[0].label.s);
	if (term[0] == '\0' || !bp_utf8_valid(term, strlen(term)))
		strcpy(term, "e");
	bp_search(d, terms, 1, &q);
	/* Every list's look-up, with a query from the data. */
	for (i = 0; i < BP_LIST__MAX; i++) {
		bp_find(d, (enum bp_list)i, term, &m);
		bp_match_free(&m);
	}

	o.data = "my data.yaml";
	for (i = 0; i < sizeof(widths) / sizeof(widths[0]); i++) {
		o.width = widths[i];
		o.layout = (enum bp_layout)(i % BP_LAYOUT__MAX);
		o.ascii = (int)(i & 1);
		o.color = (int)(i == 1);
		render_all(&bp_term_renderer, d, &o, &q, NULL);
	}
	o.color = 0;
	render_all(&bp_md_renderer, d, &o, &q, inv_markdown);
	render_all(&bp_json_renderer, d, &o, &q, inv_json);
	o.compact = 1;
	render_all(&bp_json_renderer, d, &o, &q, inv_json);
	bp_json_dump(&b, d, &o);
	check(inv_json, &b, "dump");
	yaml_round_trip(d, &b);
	fuzz_diff((const char *)data, 0, d);
	bp_query_free(&q);
out:
	bp_buf_free(&b);
	bp_doc_free(d);
	bp_diags_free(&dg);
	/* After: the two halves, not the whole, are what diff would hold. */
	fuzz_diff((const char *)data, size, NULL);
	/*
	 * Memory in proportion to the input: 3x plus what any run needs
	 * (an arena chunk, libyaml's buffers, a wrapping piece, cmark).
	 */
	if (peak - base > 3 * size + (size_t)4 * 1024 * 1024) {
		fprintf(stderr, "fuzz: %zu bytes of input held %zu bytes at "
		    "once\n", size, peak - base);
		abort();
	}
	return 0;
}
