/* Loader and validator: structs, line:col marks, and the exact problems reported. */
#include <sys/wait.h>

#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "model/bp_data.h"
#include "model/bp_doc.h"
#include "model/bp_loader.h"
#include "model/bp_problem.h"
#include "model/bp_validate.h"
#include "render/bp_render.h"

static const char minimal[] =
    "format: 1\n"
    "title: T\n"
    "summary: S\n"
    "subjects:\n"
    "  - {id: a, short: A, name: Alpha}\n"
    "  - {id: b, short: B, name: Beta}\n"
    "features:\n"
    "  - id: f\n"
    "    label: F\n"
    "    edge: b\n"
    "    values: {a: one, b: two}\n";

/* Loads and validates text; returns the doc (or NULL) and leaves problems in dg. */
static struct bp_doc *
load(const char *text, struct bp_diags *dg)
{
	struct bp_doc	*d;

	bp_diags_init(dg, "t.yaml");
	d = bp_load("t.yaml", text, strlen(text), dg);
	if (d != NULL)
		bp_validate(d, dg);
	return d;
}

/* The one message in dg, as "line:col: message". */
static const char *
only_message(const struct bp_diags *dg)
{
	static char	 buf[512];

	assert_int_equal(dg->n, 1);
	snprintf(buf, sizeof(buf), "%u:%u: %s", dg->v[0].at.line,
	    dg->v[0].at.col, dg->v[0].msg);
	return buf;
}

/* Replaces the first occurrence of from in minimal with to. */
static char *
variant(const char *from, const char *to)
{
	const char	*p = strstr(minimal, from);
	char		*s;

	assert_non_null(p);
	s = malloc(sizeof(minimal) + strlen(to));
	assert_non_null(s);
	memcpy(s, minimal, (size_t)(p - minimal));
	strcpy(s + (p - minimal), to);
	strcat(s, p + strlen(from));
	return s;
}

static void
expect_one(const char *from, const char *to, const char *message)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;
	char		*text = variant(from, to);

	d = load(text, &dg);
	assert_string_equal(only_message(&dg), message);
	bp_doc_free(d);
	bp_diags_free(&dg);
	free(text);
}

static void
minimal_loads_with_marks(void **state)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;

	(void)state;
	d = load(minimal, &dg);
	assert_non_null(d);
	assert_int_equal(dg.n, 0);
	assert_string_equal(d->title.s, "T");
	assert_int_equal(d->title.at.line, 2);
	assert_int_equal(d->title.at.col, 8);
	assert_int_equal(d->nsubjects, 2);
	assert_string_equal(d->subjects[1].shortname.s, "B");
	assert_null(d->subjects[1].label.s);
	assert_int_equal(d->subjects[1].at.line, 6);
	assert_int_equal(d->subjects[1].at.col, 5);
	assert_int_equal(d->nfeatures, 1);
	assert_string_equal(d->features[0].edge.s, "b");
	assert_int_equal(d->features[0].nvalues, 2);
	assert_string_equal(bp_value_for(&d->features[0], "b")->text.s, "two");
	assert_int_equal(bp_value_for(&d->features[0], "b")->text.at.line, 11);
	assert_null(bp_value_for(&d->features[0], "c"));
	assert_null(d->updated.s);
	assert_int_equal(d->nfaqs, 0);
	bp_doc_free(d);
	bp_diags_free(&dg);
}

static void
builtin_data_is_valid(void **state)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;

	(void)state;
	bp_diags_init(&dg, "(built-in)");
	d = bp_load("(built-in)", bp_default_data, bp_default_len, &dg);
	assert_non_null(d);
	bp_validate(d, &dg);
	assert_int_equal(dg.n, 0);
	assert_int_equal(d->nsubjects, 2);
	assert_int_equal(d->nfeatures, 8);
	assert_int_equal(d->nfaqs, 5);
	assert_int_equal(d->nsections, 6);
	assert_int_equal(d->nsources, 2);
	assert_int_equal(d->nchoices, 2);
	assert_int_equal(d->choices[0].items.n, 4);
	assert_int_equal(d->choices[1].items.n, 4);
	assert_string_equal(d->updated.s, "2026-06-08");
	assert_string_equal(d->faqs[2].id.s, "upl");
	bp_doc_free(d);
	bp_diags_free(&dg);
}

/* The build-time copy (src/build/gendoc.c) must be the YAML, loaded: all of it. */
static void
builtin_doc_matches_its_yaml(void **state)
{
	const struct bp_renderer *const R[] = {
		&bp_term_renderer, &bp_md_renderer, &bp_json_renderer,
	};
	const struct bp_doc	*b = &bp_default_doc;
	struct bp_diags		 dg;
	struct bp_doc		*d;
	struct bp_buf		 x = BP_BUF_INIT, y = BP_BUF_INIT;
	struct bp_opts		 o = { .width = 80 };
	size_t			 i, r;

	(void)state;
	bp_diags_init(&dg, "(built-in)");
	d = bp_load("(built-in)", bp_default_data, bp_default_len, &dg);
	assert_non_null(d);
	bp_json_dump(&x, d, &o);
	bp_json_dump(&y, b, &o);
	assert_string_equal(x.data, y.data);
	for (r = 0; r < 3; r++) {
		x.len = y.len = 0;
		R[r]->compare(&x, d, &o);
		R[r]->verdict(&x, d, &o);
		R[r]->sources(&x, d, &o);
		R[r]->compare(&y, b, &o);
		R[r]->verdict(&y, b, &o);
		R[r]->sources(&y, b, &o);
		for (i = 0; i < d->nfaqs; i++) {
			R[r]->faq(&x, d, &d->faqs[i], &o);
			R[r]->faq(&y, b, &b->faqs[i], &o);
		}
		for (i = 0; i < d->nsections; i++) {
			R[r]->section(&x, d, &d->sections[i], &o);
			R[r]->section(&y, b, &b->sections[i], &o);
		}
		assert_string_equal(x.data, y.data);
	}
	/* Positions too: they are what messages about the data would say. */
	assert_memory_equal(&d->title.at, &b->title.at, sizeof(d->title.at));
	for (i = 0; i < d->nfeatures; i++) {
		assert_memory_equal(&d->features[i].at, &b->features[i].at,
		    sizeof(d->features[i].at));
		assert_memory_equal(&d->features[i].values[1].text.at,
		    &b->features[i].values[1].text.at,
		    sizeof(d->features[i].at));
	}
	bp_buf_free(&x);
	bp_buf_free(&y);
	bp_doc_free(d);
	bp_diags_free(&dg);
}

static void
block_scalar_keeps_text_exactly(void **state)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;
	char		*text;

	(void)state;
	text = variant("summary: S\n", "summary: |\n  One\n\n  Two — ü\n");
	d = load(text, &dg);
	assert_int_equal(dg.n, 0);
	assert_string_equal(d->summary.s, "One\n\nTwo — ü\n");
	assert_int_equal(d->summary.len, strlen("One\n\nTwo — ü\n"));
	bp_doc_free(d);
	bp_diags_free(&dg);
	free(text);
}

static void
nul_inside_text_is_refused(void **state)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;
	char		*text;

	(void)state;
	text = variant("title: T", "title: \"a\\0b\"");
	d = load(text, &dg);
	assert_null(d);
	assert_string_equal(only_message(&dg),
	    "2:8: text contains a NUL character");
	bp_diags_free(&dg);
	free(text);
}

static void
keys_are_recorded_in_file_order(void **state)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;
	char		*text;

	(void)state;
	text = variant("    edge: b\n", "    edge: b\n    nonsense: x\n");
	d = load(text, &dg);
	assert_int_equal(d->keys.n, 5);
	assert_string_equal(bp_key(&d->keys, 0), "format");
	assert_string_equal(bp_key(&d->keys, 4), "features");
	assert_int_equal(d->subjects[0].keys.n, 3);
	assert_string_equal(bp_key(&d->subjects[0].keys, 2), "name");
	/* Unknown keys are warned about, not recorded. */
	assert_int_equal(d->features[0].keys.n, 4);
	assert_string_equal(bp_key(&d->features[0].keys, 2), "edge");
	assert_string_equal(bp_key(&d->features[0].keys, 3), "values");
	bp_doc_free(d);
	bp_diags_free(&dg);
	free(text);
}

static void
missing_key_is_reported_at_its_mapping(void **state)
{
	(void)state;
	expect_one("    label: F\n", "",
	    "8:5: missing required key 'label' in a feature");
}

static void
empty_required_text_is_an_error(void **state)
{
	(void)state;
	expect_one("title: T", "title: \"\"", "2:8: 'title' in the comparison is empty");
	expect_one("title: T", "title:", "2:7: 'title' in the comparison is empty");
}

static void
wrong_kind_is_reported_once(void **state)
{
	(void)state;
	expect_one("title: T", "title: [T]", "2:8: 'title' must be text, not a list");
}

static void
bad_edge_names_no_subject(void **state)
{
	(void)state;
	expect_one("edge: b", "edge: c",
	    "10:11: edge 'c' names no subject; the subjects are a, b");
}

static void
missing_value_for_a_subject(void **state)
{
	(void)state;
	expect_one("{a: one, b: two}", "{a: one}",
	    "11:13: feature 'f' has no value for 'b'");
}

static void
duplicate_key_is_an_error(void **state)
{
	(void)state;
	expect_one("    edge: b\n", "    edge: b\n    edge: a\n",
	    "11:5: duplicate key 'edge' in a feature");
}

static void
unknown_key_is_a_warning(void **state)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;
	char		*text = variant("    edge: b\n", "    edgy: b\n");

	(void)state;
	d = load(text, &dg);
	assert_non_null(d);
	assert_string_equal(only_message(&dg),
	    "10:5: unknown key 'edgy' in a feature; did you mean 'edge'?");
	assert_int_equal(dg.v[0].level, BP_WARNING);
	assert_int_equal(dg.v[0].code, BP_P_UNKNOWN_KEY);
	assert_int_equal(dg.nerrors, 0);
	bp_doc_free(d);
	bp_diags_free(&dg);
	free(text);
}

static void
bad_dates_are_refused(void **state)
{
	(void)state;
	expect_one("title: T\n", "title: T\nupdated: 2025-02-29\n",
	    "3:10: 'updated' has day 29, but February 2025 has 28 days");
	expect_one("title: T\n", "title: T\nupdated: 2025-00-10\n",
	    "3:10: 'updated' has month 00: months go from 01 to 12");
	expect_one("title: T\n", "title: T\nupdated: 2025-04-31\n",
	    "3:10: 'updated' has day 31, but April 2025 has 30 days");
	expect_one("title: T\n", "title: T\nupdated: 2025-4-30\n",
	    "3:10: 'updated' must be a date as YYYY-MM-DD, not '2025-4-30'");
	expect_one("title: T\n", "title: T\nupdated: June 8, 2026\n",
	    "3:10: 'updated' must be a date as YYYY-MM-DD, not 'June 8, 2026'");
}

static void
leap_day_is_a_date(void **state)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;
	char		*text = variant("title: T\n", "title: T\nupdated: 2024-02-29\n");

	(void)state;
	d = load(text, &dg);
	assert_int_equal(dg.n, 0);
	bp_doc_free(d);
	bp_diags_free(&dg);
	free(text);
}

static void
aliases_and_anchors_are_refused(void **state)
{
	(void)state;
	expect_one("title: T", "title: &x T",
	    "2:8: anchors are not supported in this format");
}

static void
deep_nesting_is_refused(void **state)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;
	char		 text[512];
	size_t		 i, n = 0;

	(void)state;
	n += (size_t)snprintf(text, sizeof(text), "title: ");
	for (i = 0; i < 100; i++)
		text[n++] = '[';
	for (i = 0; i < 100; i++)
		text[n++] = ']';
	text[n] = '\0';
	d = load(text, &dg);
	assert_null(d);
	assert_string_equal(only_message(&dg),
	    "1:71: nesting deeper than 64 levels");
	bp_diags_free(&dg);
}

static void
syntax_error_carries_libyaml_position(void **state)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;

	(void)state;
	d = load("title: [1, 2\nb: 3\n", &dg);
	assert_null(d);
	assert_string_equal(only_message(&dg),
	    "2:2: did not find expected ',' or ']' while parsing a flow sequence");
	bp_diags_free(&dg);
}

/* Loads a fixture through bp_load_fd(), the way files are read. */
static struct bp_doc *
load_fd(const char *name, size_t limit, struct bp_diags *dg)
{
	struct bp_doc	*d;
	char		 path[512];
	const char	*dir = getenv("BP_FIXTURES");
	int		 fd;

	snprintf(path, sizeof(path), "%s/%s", dir ? dir : "tests/fixtures",
	    name);
	fd = open(path, O_RDONLY);
	assert_true(fd >= 0);
	bp_diags_init(dg, name);
	d = bp_load_fd(name, fd, limit, dg);
	close(fd);
	return d;
}

static void
file_read_as_parsed_matches_memory(void **state)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;

	(void)state;
	d = load_fd("three.yaml", 1 << 20, &dg);
	assert_non_null(d);
	assert_int_equal(dg.n, 0);
	assert_int_equal(d->nsubjects, 3);
	assert_int_equal(d->nfeatures, 3);
	assert_string_equal(d->features[2].label.s, "Where it grows");
	assert_int_equal(d->features[2].label.at.line, 38);
	bp_doc_free(d);
	bp_diags_free(&dg);
}

static void
file_over_the_limit_is_refused(void **state)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;

	(void)state;
	d = load_fd("three.yaml", 100, &dg);
	assert_null(d);
	assert_string_equal(only_message(&dg),
	    "0:0: larger than the limit of 100 bytes");
	bp_diags_free(&dg);
}

static void
file_bom_is_skipped_and_positions_still_count(void **state)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;

	(void)state;
	d = load_fd("bom.yaml", 1 << 20, &dg);
	assert_non_null(d);
	assert_int_equal(dg.n, 0);
	assert_int_equal(d->title.at.line, 3);
	assert_int_equal(d->title.at.col, 8);
	bp_doc_free(d);
	bp_diags_free(&dg);
}

/* ---- Messages from a file and a pipe read their lines from a window. ---- */

/* Every problem in dg as "code line:col: message" lines, in a malloc'd string. */
static char *
messages(const struct bp_diags *dg)
{
	struct bp_buf	 b = BP_BUF_INIT;
	size_t		 i;

	for (i = 0; i < dg->n; i++)
		bp_buf_printf(&b, "%u %u:%u: %s\n", dg->v[i].code,
		    dg->v[i].at.line, dg->v[i].at.col, dg->v[i].msg);
	return b.data != NULL ? bp_buf_take(&b) : strdup("");
}

/* The messages of loading len bytes from fd. */
static char *
messages_fd(int fd)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;
	char		*m;

	bp_diags_init(&dg, "t.yaml");
	d = bp_load_fd("t.yaml", fd, (size_t)64 << 20, &dg);
	m = messages(&dg);
	bp_doc_free(d);
	bp_diags_free(&dg);
	return m;
}

/*
 * The messages of text read from a pipe, its first 8 KiB written in
 * pieces of 1 to cut bytes (a byte-order mark may come split), then in
 * pieces of up to 64 KiB.
 */
static char *
messages_piped(const char *text, size_t len, size_t cut, unsigned seed)
{
	int	 p[2], st;
	pid_t	 pid;
	char	*m;
	size_t	 n, done = 0;

	assert_int_equal(pipe(p), 0);
	if ((pid = fork()) == 0) {
		close(p[0]);
		srand(seed);
		while (len > 0) {
			n = 1 + (size_t)rand() % (done < 8192 ? cut :
			    (size_t)64 << 10);
			n = n < len ? n : len;
			if (write(p[1], text, n) != (ssize_t)n)
				_exit(1);	/* the reader stopped early */
			text += n;
			len -= n;
			done += n;
		}
		_exit(0);
	}
	assert_true(pid > 0);
	close(p[1]);
	m = messages_fd(p[0]);
	close(p[0]);
	waitpid(pid, &st, 0);
	return m;
}

/* The messages of text in a file, read from byte skip of it on. */
static char *
messages_file(const char *text, size_t len, size_t skip)
{
	char	 path[] = "/tmp/bpolpo-load.XXXXXX", *m;
	int	 fd;
	size_t	 i;

	assert_true((fd = mkstemp(path)) >= 0);
	unlink(path);
	for (i = 0; i < skip; i++)
		assert_int_equal(write(fd, "#", 1), 1);
	assert_int_equal(write(fd, text, len), (ssize_t)len);
	assert_int_equal(lseek(fd, (off_t)skip, SEEK_SET), (off_t)skip);
	m = messages_fd(fd);
	close(fd);
	return m;
}

/*
 * Asserts that text read from a file and from a pipe (its first pieces 1
 * to cut bytes) gives the messages mem.
 */
static void
read_as_from_memory(const char *text, size_t len, size_t cut, unsigned seed,
    const char *mem)
{
	char	*m;

	m = messages_file(text, len, 0);
	assert_string_equal(m, mem);
	free(m);
	m = messages_piped(text, len, cut, seed);
	assert_string_equal(m, mem);
	free(m);
}

/*
 * A problem at the end of inputs of every size around the window's and
 * twice it (where it starts dropping what it read), in a file, in a file
 * read from its middle (standard input part read), with and without a
 * byte-order mark, and from a pipe written in pieces small and large:
 * the same messages, and the same as from memory, whose lines are all
 * there.
 */
static void
window_gives_the_same_messages_as_memory(void **state)
{
	static const char *const tails[] = {
		"  - id: zz\n    label: L\n     edge: tie\n",	/* indent */
		"  - id: zz\n\tlabel: L\n",			/* tab */
		"  - id: zz\n    label: L\xff\n",		/* bad UTF-8 */
		"  - id: zz\n    label: 'a' b\n",		/* after quote */
		"  - id: zz\n    label: a: b\n",		/* colon */
		"  - id: zz\n    label: \x01\n",		/* control */
	};
	static const char head[] = "\xef\xbb\xbf" "format: 1\ntitle: T\n"
	    "summary: S\nsubjects:\n  - {id: a, short: A, name: Alpha}\n"
	    "  - {id: b, short: B, name: Beta}\nfeatures:\n";
#define NTAILS	(sizeof(tails) / sizeof(tails[0]))
	const size_t	 W = BP_LOADER_WINDOW;
	const size_t	 sizes[] = { 300, W - 1, W + 1, 2 * W - 1, 2 * W + 1 };
	struct bp_buf	 b = BP_BUF_INIT;
	struct bp_diags	 dg;
	struct bp_doc	*d;
	size_t		 si, ti, i, bom, tl;
	char		*mem, *m;

	(void)state;
	for (si = 0; si < sizeof(sizes) / sizeof(sizes[0]); si++)
	for (ti = 0; ti < NTAILS; ti++) {
		bom = (si + ti) % 2 * 3;
		/* head, features, a comment to the size, the broken tail. */
		tl = strlen(tails[ti]);
		b.len = 0;
		bp_buf_puts(&b, head + 3 - bom);
		for (i = 0; b.len + 60 + tl < sizes[si]; i++)
			bp_buf_printf(&b, "  - {id: f%zu, label: L, values: "
			    "{a: x, b: y}}\n", i);
		bp_buf_puts(&b, "  #");
		bp_buf_repeat(&b, "x", sizes[si] - b.len - tl - 1);
		bp_buf_puts(&b, "\n");
		bp_buf_puts(&b, tails[ti]);
		assert_int_equal(b.len, sizes[si]);

		bp_diags_init(&dg, "t.yaml");
		d = bp_load("t.yaml", b.data, b.len, &dg);
		mem = messages(&dg);
		assert_null(d);
		assert_int_equal(dg.n, 1);
		bp_diags_free(&dg);

		read_as_from_memory(b.data, b.len, 7, (unsigned)si, mem);
		/* What is not the problem's own, at each size once. */
		if (ti == si % NTAILS) {
			m = messages_file(b.data, b.len, 4099);
			assert_string_equal(m, mem);
			free(m);
		}
		if (ti == (si + 1) % NTAILS) {
			m = messages_piped(b.data, b.len, W + 5000,
			    (unsigned)ti);
			assert_string_equal(m, mem);
			free(m);
		}
		free(mem);
	}
	bp_buf_free(&b);
#undef NTAILS
}

/*
 * A hint that reads a line far above the problem: under twice the
 * window, everything read is kept, so a file and a pipe name the line as
 * memory does, the window's size either side of the distance.
 */
static void
hint_reads_lines_far_above(void **state)
{
	static const char head[] = "format: 1\ntitle: T\nsummary: S\n"
	    "subjects:\n  - {id: a, short: A, name: Alpha}\n"
	    "  - {id: b, short: B, name: Beta}\nfeatures:\n  - id: zz\n"
	    "    label: L\n";
	const size_t	 W = BP_LOADER_WINDOW;
	/* Lines of 1 KiB: the hint looks up to 200 lines above. */
	const size_t	 gaps[] = { W - 4096, W + 4096, W + W / 2 };
	struct bp_buf	 b = BP_BUF_INIT;
	struct bp_diags	 dg;
	struct bp_doc	*d;
	size_t		 gi;
	char		*mem;

	(void)state;
	for (gi = 0; gi < sizeof(gaps) / sizeof(gaps[0]); gi++) {
		b.len = 0;
		bp_buf_puts(&b, head);
		while (b.len < gaps[gi]) {
			bp_buf_puts(&b, "    #");
			bp_buf_repeat(&b, "x", 1018);
			bp_buf_puts(&b, "\n");
		}
		bp_buf_puts(&b, "     edge: tie\n");
		bp_diags_init(&dg, "t.yaml");
		d = bp_load("t.yaml", b.data, b.len, &dg);
		assert_null(d);
		mem = messages(&dg);
		bp_diags_free(&dg);
		if (strstr(mem, "the keys before it 4 (line 9)") == NULL)
			fail_msg("no hint from memory: %s", mem);
		read_as_from_memory(b.data, b.len, 4096, (unsigned)gi, mem);
		free(mem);
	}
	bp_buf_free(&b);
}

/*
 * A pipe that gives a byte-order mark in pieces (one byte, two, or the
 * three alone) before the rest: the mark is dropped all the same and
 * positions count from after it, as from memory.
 */
static void
bom_in_pieces_from_a_pipe(void **state)
{
	static const char text[] = "\xef\xbb\xbf" "format: 1\ntitle: T\n"
	    "summary: S\nsubjects:\n  - {id: a, short: A, name: Alpha}\n"
	    "  - {id: b, short: B, name: Beta}\nfeatures:\n  - id: f\n"
	    "    label: F\n    values: {a: one, b: two}\n";
	struct bp_diags	 dg;
	struct bp_doc	*d;
	int		 p[2], st;
	size_t		 split;
	pid_t		 pid;

	(void)state;
	for (split = 1; split <= 3; split++) {
		assert_int_equal(pipe(p), 0);
		if ((pid = fork()) == 0) {
			close(p[0]);
			/* The reader takes the piece before the rest comes. */
			if (write(p[1], text, split) != (ssize_t)split)
				_exit(1);
			usleep(50000);
			if (write(p[1], text + split, sizeof(text) - 1 - split) !=
			    (ssize_t)(sizeof(text) - 1 - split))
				_exit(1);
			_exit(0);
		}
		assert_true(pid > 0);
		close(p[1]);
		bp_diags_init(&dg, "t.yaml");
		d = bp_load_fd("t.yaml", p[0], 1 << 20, &dg);
		close(p[0]);
		waitpid(pid, &st, 0);
		assert_non_null(d);
		assert_int_equal(dg.n, 0);
		assert_int_equal(d->title.at.line, 2);
		assert_int_equal(d->title.at.col, 8);
		assert_int_equal(d->nfeatures, 1);
		bp_doc_free(d);
		bp_diags_free(&dg);
	}
}

static void
free_accepts_null(void **state)
{
	(void)state;
	bp_doc_free(NULL);
	bp_diags_free(NULL);
}

/* Whether some item of the list (n of them, size bytes each) was given key k. */
static int
some_has(const char *arr, size_t n, const struct bp_kind *kind, size_t k)
{
	size_t	 i, j;

	for (i = 0; i < n; i++) {
		const struct bp_keys *keys = (const struct bp_keys *)
		    (arr + i * kind->size + kind->keysoff);

		for (j = 0; j < keys->n; j++)
			if (keys->v[j] == k)
				return 1;
	}
	return 0;
}

/* What init writes passes check, with no warning, and uses every key. */
static void
starter_uses_every_key(void **state)
{
	struct bp_diags		 dg;
	struct bp_doc		*d;
	const struct bp_field	*f, *g;
	size_t			 k, j;

	(void)state;
	bp_diags_init(&dg, "starter");
	d = bp_load("starter", bp_starter_data, bp_starter_len, &dg);
	assert_non_null(d);
	bp_validate(d, &dg);
	assert_int_equal(dg.nerrors + dg.nwarnings, 0);
	for (k = 0, f = bp_doc_fields; f->key != NULL; f++, k++) {
		if (!some_has((const char *)d, 1, &bp_doc_kind, k))
			fail_msg("the starter has no '%s'", f->key);
		if (f->type != BP_F_LIST)
			continue;
		for (j = 0, g = f->kind->fields; g->key != NULL; g++, j++)
			if (!some_has(*(const char *const *)((const char *)d +
			    f->off), *(const size_t *)((const char *)d +
			    f->noff), f->kind, j))
				fail_msg("no item of the starter's '%s' has '%s'",
				    f->key, g->key);
	}
	bp_doc_free(d);
	bp_diags_free(&dg);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(minimal_loads_with_marks),
		cmocka_unit_test(builtin_data_is_valid),
		cmocka_unit_test(builtin_doc_matches_its_yaml),
		cmocka_unit_test(block_scalar_keeps_text_exactly),
		cmocka_unit_test(nul_inside_text_is_refused),
		cmocka_unit_test(keys_are_recorded_in_file_order),
		cmocka_unit_test(missing_key_is_reported_at_its_mapping),
		cmocka_unit_test(empty_required_text_is_an_error),
		cmocka_unit_test(wrong_kind_is_reported_once),
		cmocka_unit_test(bad_edge_names_no_subject),
		cmocka_unit_test(missing_value_for_a_subject),
		cmocka_unit_test(duplicate_key_is_an_error),
		cmocka_unit_test(unknown_key_is_a_warning),
		cmocka_unit_test(bad_dates_are_refused),
		cmocka_unit_test(leap_day_is_a_date),
		cmocka_unit_test(aliases_and_anchors_are_refused),
		cmocka_unit_test(deep_nesting_is_refused),
		cmocka_unit_test(syntax_error_carries_libyaml_position),
		cmocka_unit_test(file_read_as_parsed_matches_memory),
		cmocka_unit_test(file_over_the_limit_is_refused),
		cmocka_unit_test(file_bom_is_skipped_and_positions_still_count),
		cmocka_unit_test(window_gives_the_same_messages_as_memory),
		cmocka_unit_test(hint_reads_lines_far_above),
		cmocka_unit_test(bom_in_pieces_from_a_pipe),
		cmocka_unit_test(free_accepts_null),
		cmocka_unit_test(starter_uses_every_key),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
