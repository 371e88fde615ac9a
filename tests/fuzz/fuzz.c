/*
 * libFuzzer target: raw bytes through load, validate and every renderer,
 * asserting on every output the invariants bpolpo promises for any data
 * (tests/lib/invariants.h): text fits the width and carries no control or
 * hidden character, Markdown holds no HTML but its anchors and no link
 * but http(s) and to its anchors, JSON is valid, an HTML page holds only
 * allowed tags and escaped text, CSV and TSV parse and run no formula;
 * export in each, and --subjects (render_subjects); where output goes
 * changes none of it: -o's file and a pipe get what is rendered whole,
 * however the buffer flushes (same_everywhere); decide's parsers keep their promises on lists cut from the
 * input (fuzz_decide); and the heap never holds more than 3x the input
 * plus a little.  Built and run by "make fuzz"; what it finds becomes a
 * case in tests/fuzz/regress/, which "make check" replays
 * (tests/fuzz/replay.c).
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

#include <sys/stat.h>

#include <fcntl.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_output.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "model/bp_validate.h"
#include "query/bp_decide.h"
#include "query/bp_saved.h"
#include "query/bp_diff.h"
#include "query/bp_lookup.h"
#include "query/bp_search.h"
#include "render/bp_render.h"
#include "cli/bp_ask.h"
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

/* A folder of the target's own, for -o's file. */
static char	 dir[64];

static void
remove_dir(void)
{
	char	 path[sizeof(dir) + 16];

	snprintf(path, sizeof(path), "%s/page", dir);
	unlink(path);
	rmdir(dir);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	snprintf(dir, sizeof(dir), "/tmp/bpolpo-fuzz.XXXXXX");
	if (mkdtemp(dir) == NULL) {
		perror("fuzz: mkdtemp");
		abort();
	}
	atexit(remove_dir);
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

static const char *
inv_csv_rfc(const char *out, size_t len)
{
	return inv_csv(out, len, 0);
}

static const char *
inv_tsv(const char *out, size_t len)
{
	return inv_csv(out, len, 1);
}

/*
 * Every command of one format (those it has: CSV and TSV have compare
 * alone), export too, each output checked on its own; inv NULL: text,
 * at o's width.
 */
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
	if (R->overview != NULL) {
		R->overview(&b, d, o, cmds, 1);
		DONE("overview");
	}
	R->compare(&b, d, o);
	DONE("compare");
	if (R->verdict != NULL) {
		R->verdict(&b, d, o);
		DONE("verdict");
	}
	if (R->faq_list != NULL) {
		R->faq_list(&b, d, o);
		DONE("faq");
	}
	for (i = 0; R->faq != NULL && i < d->nfaqs; i++) {
		R->faq(&b, d, &d->faqs[i], o);
		DONE("faq ID");
	}
	if (R->section_list != NULL) {
		R->section_list(&b, d, o);
		DONE("show");
	}
	for (i = 0; R->section != NULL && i < d->nsections; i++) {
		R->section(&b, d, &d->sections[i], o);
		DONE("show ID");
	}
	if (R->sources != NULL) {
		R->sources(&b, d, o);
		DONE("sources");
	}
	for (i = 0; R->source != NULL && i < d->nsources && i < 8; i++) {
		R->source(&b, d, &d->sources[i], o);
		DONE("sources ID");
	}
	if (R->search != NULL && q->nitems > 0) {
		R->search(&b, d, q, o);
		DONE("search");
	}
	if (R->export != NULL) {
		R->export(&b, d, o);
		DONE("export");
	}
#undef DONE
	bp_buf_free(&b);
}

/*
 * --subjects: compare, verdict and export with some subjects shown, the
 * last alone, the first alone, then (from the input's first byte) a
 * few in another order, in every format.
 */
static void
render_subjects(const struct bp_doc *d, const uint8_t *data, size_t size,
    const size_t *widths, size_t nwidths)
{
	static const struct {
		const struct bp_renderer	*R;
		const char			*(*inv)(const char *, size_t);
		const char			*name;
	} formats[] = {
		{ &bp_md_renderer, inv_markdown, "--markdown" },
		{ &bp_json_renderer, inv_json, "--json" },
		{ &bp_html_renderer, inv_html, "--format html" },
		{ &bp_csv_renderer, inv_csv_rfc, "--format csv" },
		{ &bp_tsv_renderer, inv_tsv, "--format tsv" },
	};
	struct bp_opts	 o;
	struct bp_buf	 b = BP_BUF_INIT;
	size_t		 cols[3], pass, i, f, n = d->nsubjects;

	if (n == 0)
		return;
	memset(&o, 0, sizeof(o));
	o.data = "my data.yaml";
	o.cols = cols;
	for (pass = 0; pass < 3; pass++) {
		if (pass < 2) {
			cols[0] = pass == 0 ? n - 1 : 0;
			o.ncols = 1;
		} else {
			for (i = 0; i < 3; i++)
				cols[i] = (size_t)(size > i ? data[i] : i) % n;
			o.ncols = n < 3 ? n : 3;
			if (o.ncols == 2 && cols[0] == cols[1])
				cols[1] = (cols[0] + 1) % n;
			if (o.ncols == 3 && (cols[0] == cols[1] ||
			    cols[0] == cols[2] || cols[1] == cols[2])) {
				cols[0] = n - 1;
				cols[1] = 0;
				cols[2] = 1;
			}
		}
		for (i = 0; i < nwidths; i++) {
			o.width = widths[i];
			o.layout = (enum bp_layout)((i + pass) % BP_LAYOUT__MAX);
			o.ascii = (int)(i & 1);
			o.color = (int)(i == 1);
			o.hyperlinks = (int)(i == 2);
			bp_term_renderer.compare(&b, d, &o);
			check_term(&b, &o, "compare --subjects");
			bp_term_renderer.verdict(&b, d, &o);
			check_term(&b, &o, "verdict --subjects");
			bp_term_renderer.export(&b, d, &o);
			check_term(&b, &o, "export --subjects");
		}
		o.color = 0;
		o.hyperlinks = 0;
		for (f = 0; f < sizeof(formats) / sizeof(formats[0]); f++) {
			const struct bp_renderer *R = formats[f].R;

			R->compare(&b, d, &o);
			check(formats[f].inv, &b, formats[f].name);
			if (R->verdict != NULL) {
				R->verdict(&b, d, &o);
				check(formats[f].inv, &b, formats[f].name);
			}
			if (R->export != NULL) {
				R->export(&b, d, &o);
				check(formats[f].inv, &b, formats[f].name);
			}
		}
	}
	bp_buf_free(&b);
}

/* What a pipe's reader got: into room made before, so that it allocates nothing. */
struct reader {
	int	 fd;
	char	*got;
	size_t	 len, room;
};

static void *
read_pipe(void *arg)
{
	struct reader	*r = arg;
	ssize_t		 n;

	/* One byte more than room: to see a longer output. */
	while ((n = read(r->fd, r->got + r->len, r->room + 1 - r->len)) > 0 &&
	    (r->len += (size_t)n) <= r->room)
		;
	/* Read on to the end, so that the writer never blocks. */
	while (read(r->fd, r->got + r->room, 1) > 0)
		r->len = r->room + 1;
	return NULL;
}

/*
 * Where output goes changes nothing (bp_output.h): what export (compare
 * for CSV and TSV) renders whole is what -o's file gets (a temporary
 * file, renamed over it) and what a pipe gets, through a buffer that
 * goes out in pieces of piece bytes: a piece from the input makes many
 * flushes, at every offset.
 */
static void
same_everywhere(const struct bp_renderer *R, const struct bp_doc *d,
    const struct bp_opts *o, size_t piece, const char *what)
{
	struct bp_buf		 whole = BP_BUF_INIT, b = BP_BUF_INIT;
	struct bp_output	 out;
	struct reader		 r;
	pthread_t		 t;
	char			 path[sizeof(dir) + 16], *file;
	int			 fd[2], ok;
	size_t			 len;
	FILE			*fp;
	void (*render)(struct bp_buf *, const struct bp_doc *,
	    const struct bp_opts *) = R->export != NULL ? R->export :
	    R->compare;

	render(&whole, d, o);
	snprintf(path, sizeof(path), "%s/page", dir);
	bp_output_file(&out, path, 0);
	b.sink = &out.sink;
	b.flush_at = piece;
	render(&b, d, o);
	if (bp_output_close(&out, &b, 1) != 0 ||
	    (fp = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "fuzz: %s: -o could not write its file\n", what);
		abort();
	}
	checking = 1;
	file = malloc(whole.len + 2);
	len = fread(file, 1, whole.len + 1, fp);
	fclose(fp);
	ok = len == whole.len && memcmp(file, whole.data, len) == 0;
	free(file);
	checking = 0;
	if (!ok) {
		fprintf(stderr, "fuzz: %s: -o's file (%zu bytes) is not what "
		    "it renders (%zu bytes), in pieces of %zu\n", what, len,
		    whole.len, piece);
		abort();
	}

	checking = 1;
	r.room = whole.len;
	r.got = malloc(r.room + 1);
	r.len = 0;
	checking = 0;
	if (pipe(fd) < 0) {
		perror("fuzz: a pipe");
		abort();
	}
	r.fd = fd[0];
	if (pthread_create(&t, NULL, read_pipe, &r) != 0) {
		perror("fuzz: a thread");
		abort();
	}
	bp_output_fd(&out, fd[1]);
	b.sink = &out.sink;
	b.flush_at = piece + 1;
	render(&b, d, o);
	ok = bp_output_close(&out, &b, 1) == 0;
	pthread_join(t, NULL);
	close(fd[0]);
	if (!ok || r.len != whole.len || memcmp(r.got, whole.data,
	    whole.len) != 0) {
		fprintf(stderr, "fuzz: %s: a pipe got %zu bytes, not the %zu "
		    "it renders, in pieces of %zu\n", what, r.len, whole.len,
		    piece + 1);
		abort();
	}
	checking = 1;
	free(r.got);
	checking = 0;
	bp_buf_free(&b);
	bp_buf_free(&whole);
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
			bp_term_renderer.diff(&out, &o, &d, "old", "new");
			check_term(&out, &o, "diff");
		}
		o.color = 0;
		bp_md_renderer.diff(&out, &o, &d, "old", "new");
		check(inv_markdown_struck, &out, "diff --markdown");
		bp_json_renderer.diff(&out, &o, &d, "old", "new");
		check(inv_json, &out, "diff --json");
		bp_html_renderer.diff(&out, &o, &d, "old", "new");
		check(inv_html, &out, "diff --format html");
		bp_diff_free(&d);
	}
	bp_buf_free(&out);
	bp_doc_free(a);
	bp_doc_free(b);
}

/*
 * decide's parsers on one list, as --yes (value BP_ANS_YES), --no
 * (BP_ANS_NO) or --pick (value 0) take it: 1 sets only what was unset,
 * to what the list says; 0 sets nothing and says why in one line that
 * holds no control or hidden character.
 */
static void
decide_parse(struct bp_decision *dc, const char *list, int value)
{
	struct bp_buf	 err = BP_BUF_INIT;
	unsigned char	*a0 = NULL;
	size_t		*p0 = NULL, i, n, max;
	const char	*why = NULL;
	int		 ok;

	if (value == 0) {
		n = dc->doc->nfeatures;
		p0 = calloc(n + 1, sizeof(*p0));
		memcpy(p0, dc->picks, n * sizeof(*p0));
		ok = bp_picks_parse(dc->doc, list, dc->picks, &err);
	} else {
		n = dc->crit.n;
		a0 = calloc(n + 1, 1);
		memcpy(a0, dc->answers, n);
		ok = bp_answers_parse(&dc->crit, list, value, dc->answers,
		    &err);
	}
	if (p0 == NULL && a0 == NULL)
		abort();
	max = BP_PICK_SUBJECT + dc->doc->nsubjects;
	if (ok != 0 && ok != 1)
		why = "returns neither 0 nor 1";
	else if (ok == 1 && err.len > 0)
		why = "takes the list but says it is wrong";
	else if (ok == 0 && err.len == 0)
		why = "refuses the list without a message";
	else if (ok == 0 && (value == 0 ? memcmp(p0, dc->picks,
	    n * sizeof(*p0)) : memcmp(a0, dc->answers, n)) != 0)
		why = "refuses the list but changes the answers";
	else if (ok == 0 && memchr(err.data, '\n', err.len) != NULL)
		why = "says why on more than one line";
	for (i = 0; why == NULL && ok == 1 && i < n; i++)
		if (value == 0 ? p0[i] != BP_PICK_NONE && p0[i] !=
		    dc->picks[i] : a0[i] != BP_ANS_NONE && a0[i] !=
		    dc->answers[i])
			why = "changes an answer given before";
		else if (value == 0 ? dc->picks[i] >= max : dc->answers[i] !=
		    a0[i] && dc->answers[i] != value)
			why = "sets an answer the list does not give";
	if (why == NULL && ok == 0) {
		bp_buf_putc(&err, '\n');
		checking = 1;
		why = inv_term(err.data, err.len, SIZE_MAX / 2, 0);
		checking = 0;
	}
	if (why != NULL) {
		fprintf(stderr, "fuzz: decide --%s %s: %s\n", value == 0 ?
		    "pick" : value == BP_ANS_YES ? "yes" : "no", why,
		    err.data != NULL ? err.data : "");
		abort();
	}
	free(a0);
	free(p0);
	bp_buf_free(&err);
}

/* The rest of the first line that begins with key ("#yes:"), or NULL. */
static char *
comment_list(const char *data, size_t size, const char *key)
{
	const char	*p, *end = data + size, *nl;
	size_t		 k = strlen(key);

	for (p = data; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if ((size_t)(nl - p) >= k && memcmp(p, key, k) == 0)
			return strndup(p + k, (size_t)(nl - p - k));
	}
	return NULL;
}

/*
 * A list made of the decision's own ids, chosen by the input's bytes:
 * "tea.2,cocoa.1" by criteria (picks: "f1=tea,f2=either"), now and then
 * with blanks, another case, an item left empty or a raw byte.
 */
static void
made_list(struct bp_buf *l, const struct bp_decision *dc, const char *data,
    size_t size, size_t from)
{
	const struct bp_doc	*d = dc->doc;
	const struct bp_text	*t;
	size_t			 i, k, start;
	unsigned char		 b;

	l->len = 0;
	bp_buf_putn(l, "", 0);
	for (i = from; i < size && i < from + 12; i++) {
		b = (unsigned char)data[i];
		if (l->len > 0)
			bp_buf_puts(l, b % 17 == 0 ? ", ," : b % 5 == 0 ?
			    " , " : ",");
		start = l->len;
		if (b % 23 == 0)
			bp_buf_putc(l, (char)(b | 1));
		else if (dc->by == BP_BY_CRITERIA && dc->crit.n > 0)
			bp_criterion_id(l, &dc->crit, b % dc->crit.n);
		else if (dc->by == BP_BY_FEATURES && d->nfeatures > 0) {
			t = &d->features[b % d->nfeatures].id;
			bp_buf_putn(l, t->s != NULL ? t->s : "",
			    t->s != NULL ? t->len : 0);
			bp_buf_putc(l, '=');
			k = (size_t)(b >> 3) % (d->nsubjects + 1);
			t = k < d->nsubjects ? &d->subjects[k].id : NULL;
			if (t != NULL && t->s != NULL)
				bp_buf_putn(l, t->s, t->len);
			else
				bp_buf_puts(l, BP_EITHER_WORD);
		}
		if (b % 7 == 0)
			for (k = start; k < l->len; k++)
				if (l->data[k] >= 'a' && l->data[k] <= 'z')
					l->data[k] = (char)(l->data[k] - 32);
	}
}

/*
 * The weights and the firmness: weights from the input's bytes (and a
 * "#weight:" line through --weight's parser), then the changes the
 * firmness names must be real ones and, for a firm lean, give another
 * subject a score above it; the answers saved and read back must be
 * the same answers and weights.
 */
static void
fuzz_firm(struct bp_decision *dc, const char *data, size_t size)
{
	struct bp_buf	 b = BP_BUF_INIT, err = BP_BUF_INIT, warn = BP_BUF_INIT;
	struct bp_tally	 t;
	struct bp_saved	 sv;
	unsigned char	*a;
	size_t		*p, i, s, n = bp_decision_n(dc), l;
	int		 over = 0;

	if (dc->firm.kind == BP_FIRM_FIRM && dc->firm.n > 0) {
		a = calloc(dc->crit.n + 1, 1);
		p = calloc(dc->doc->nfeatures + 1, sizeof(*p));
		memcpy(a, dc->answers, dc->crit.n);
		memcpy(p, dc->picks, dc->doc->nfeatures * sizeof(*p));
		bp_firm_apply(dc, &dc->firm, a, p);
		if (dc->by == BP_BY_FEATURES)
			bp_tally_picks(dc->doc, p, dc->weights, &t);
		else
			bp_tally(&dc->crit, a, dc->weights, &t);
		l = dc->tally.top[0];
		for (s = 0; s < t.n; s++)
			over |= s != l && bp_score_cmp(t.v[s].wfits,
			    t.v[s].answered, t.v[l].wfits, t.v[l].answered) > 0;
		if (!over) {
			fprintf(stderr, "fuzz: decide's flip does not flip\n");
			abort();
		}
		bp_tally_free(&t);
		free(a);
		free(p);
	}
	bp_saved_write(&b, dc);
	if (!bp_saved_parse("saved", b.data, b.len, &sv, &err)) {
		fprintf(stderr, "fuzz: saved answers do not read back: %s\n",
		    err.data);
		abort();
	}
	a = calloc(dc->crit.n + 1, 1);
	p = calloc(dc->doc->nfeatures + 1, sizeof(*p));
	memcpy(a, dc->answers, dc->crit.n);
	memcpy(p, dc->picks, dc->doc->nfeatures * sizeof(*p));
	/* Ids the data holds twice are the first's: compare from scratch. */
	if (n > 0 && bp_saved_apply(&sv, "saved", dc, &err, &warn))
		for (i = 0; i < dc->crit.n; i++)
			if (a[i] != dc->answers[i] &&
			    bp_criteria_find(&dc->crit, sv.v[i].id,
			    strlen(sv.v[i].id)) == i) {
				fprintf(stderr, "fuzz: saved answer %zu reads "
				    "back otherwise\n", i);
				abort();
			}
	bp_saved_free(&sv);
	free(a);
	free(p);
	bp_buf_free(&b);
	bp_buf_free(&err);
	bp_buf_free(&warn);
	(void)data;
	(void)size;
}

/*
 * decide, by criteria and by features: every criterion found by its id;
 * lists from the input (a line "#yes: ...", "#no: ...", "#pick: ...",
 * some of its bytes as they are, and ids it chooses) through the
 * parsers; lines of it typed as answers; then the result and the
 * questions in each format, each holding its invariants.
 */
static void
fuzz_decide(const char *data, size_t size, const struct bp_doc *d,
    const size_t *widths, size_t nwidths)
{
	static const char *const keys[] = { "#yes:", "#no:", "#pick:" };
	struct bp_decision	 dc;
	struct bp_buf		 b = BP_BUF_INIT, l = BP_BUF_INIT;
	struct bp_opts		 o;
	char			*list, *raw, *shown = NULL;
	size_t			 i, k, n, len = 0;
	int			 by, value;
	FILE			*in, *out;

	/* Some of the input as it is, up to a NUL, as one list. */
	k = size / 3;
	raw = strndup(data + k, size - k < 96 ? size - k : 96);
	memset(&o, 0, sizeof(o));
	o.data = "my data.yaml";
	for (by = 0; by < BP_BY__MAX; by++) {
		bp_decision_init(&dc, d, (enum bp_by)by);
		n = bp_decision_n(&dc);
		for (i = 0; by == BP_BY_CRITERIA && i < dc.crit.n && i < 256;
		    i++) {
			l.len = 0;
			bp_criterion_id(&l, &dc.crit, i);
			if (bp_criteria_find(&dc.crit, l.data, l.len) != i) {
				fprintf(stderr, "fuzz: criterion %zu is not "
				    "found by its id '%s'\n", i, l.data);
				abort();
			}
		}
		if (bp_criteria_find(&dc.crit, raw, strlen(raw)) > dc.crit.n)
			abort();
		for (k = 0; k < 3; k++) {
			if ((by == BP_BY_FEATURES) != (k == 2))
				continue;
			value = k == 0 ? BP_ANS_YES : k == 1 ? BP_ANS_NO : 0;
			if ((list = comment_list(data, size, keys[k])) != NULL)
				decide_parse(&dc, list, value);
			free(list);
			decide_parse(&dc, raw, value);
			made_list(&l, &dc, data, size, k * 12);
			decide_parse(&dc, l.data, value);
		}
		/* Weights from the input's bytes, and a "#weight:" list. */
		for (i = 0; i < n && i < size; i++)
			dc.weights[i] = (unsigned char)((unsigned char)data[i] %
			    (BP_WEIGHT_MAX + 1));
		if ((list = comment_list(data, size, "#weight:")) != NULL) {
			l.len = 0;
			(void)bp_weights_parse(&dc, list, dc.weights, &l);
			for (i = 0; i < n; i++)
				if (dc.weights[i] > BP_WEIGHT_MAX)
					abort();
		}
		free(list);
		bp_decision_finish(&dc);
		fuzz_firm(&dc, data, size);
		for (i = 0; i < nwidths; i++) {
			o.width = widths[i];
			o.ascii = (int)(i & 1);
			o.color = (int)(i == 1);
			o.hyperlinks = (int)(i == 2);
			bp_term_renderer.decide(&b, d, &dc, &o);
			check_term(&b, &o, "decide");
			bp_term_renderer.questions(&b, d, &dc, 0, &o);
			check_term(&b, &o, "decide --list");
			for (k = 0; k < n && k < 16; k++) {
				bp_term_question(&b, &o, &dc, k, k + 1);
				check_term(&b, &o, "decide's question");
			}
		}
		o.color = 0;
		o.ascii = 0;
		bp_md_renderer.decide(&b, d, &dc, &o);
		check(inv_markdown, &b, "decide --markdown");
		bp_md_renderer.questions(&b, d, &dc, 0, &o);
		check(inv_markdown, &b, "decide --list --markdown");
		bp_html_renderer.decide(&b, d, &dc, &o);
		check(inv_html, &b, "decide --format html");
		bp_html_renderer.questions(&b, d, &dc, 0, &o);
		check(inv_html, &b, "decide --list --format html");
		for (o.compact = 0; o.compact < 2; o.compact++) {
			bp_json_renderer.decide(&b, d, &dc, &o);
			check(inv_json, &b, "decide --json");
			bp_json_renderer.questions(&b, d, &dc, 1 + o.compact,
			    &o);
			check(inv_json, &b, "decide --ids --json");
		}
		o.compact = 0;
		/* The input's first lines typed as answers, from scratch. */
		memset(dc.answers, 0, dc.crit.n);
		memset(dc.picks, 0, d->nfeatures * sizeof(*dc.picks));
		in = fmemopen((void *)data, size < 4096 ? size : 4096, "r");
		out = open_memstream(&shown, &len);
		if (in == NULL || out == NULL)
			abort();
		o.width = widths[0];
		bp_ask_file(in, out, &dc, &o);
		fclose(in);
		fclose(out);
		free(shown);
		shown = NULL;
		for (i = 0; i < n; i++)
			if (by == BP_BY_CRITERIA ? dc.answers[i] > BP_ANS_NO :
			    dc.picks[i] >= BP_PICK_SUBJECT + d->nsubjects) {
				fprintf(stderr, "fuzz: decide's question %zu "
				    "has no answer it asks for\n", i + 1);
				abort();
			}
		bp_decision_finish(&dc);
		bp_term_renderer.decide(&b, d, &dc, &o);
		check_term(&b, &o, "decide after questions");
		bp_decision_free(&dc);
	}
	free(raw);
	bp_buf_free(&b);
	bp_buf_free(&l);
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
	size_t			 i, base, piece;
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
		o.hyperlinks = (int)(i == 2);
		render_all(&bp_term_renderer, d, &o, &q, NULL);
	}
	o.color = 0;
	o.hyperlinks = 0;
	render_all(&bp_md_renderer, d, &o, &q, inv_markdown);
	render_all(&bp_json_renderer, d, &o, &q, inv_json);
	render_all(&bp_html_renderer, d, &o, &q, inv_html);
	render_all(&bp_csv_renderer, d, &o, &q, inv_csv_rfc);
	render_all(&bp_tsv_renderer, d, &o, &q, inv_tsv);
	render_subjects(d, data, size, widths,
	    sizeof(widths) / sizeof(widths[0]));
	/* Pieces of 1 to 4096 bytes, from the input's last bytes. */
	piece = 1 + ((size_t)data[size - 1] << 4 | data[size / 2] >> 4) %
	    4096;
	o.width = widths[size % (sizeof(widths) / sizeof(widths[0]))];
	same_everywhere(&bp_term_renderer, d, &o, piece, "export");
	same_everywhere(&bp_md_renderer, d, &o, piece, "export --markdown");
	same_everywhere(&bp_json_renderer, d, &o, piece, "export --json");
	same_everywhere(&bp_html_renderer, d, &o, piece,
	    "export --format html");
	same_everywhere(&bp_csv_renderer, d, &o, piece,
	    "compare --format csv");
	same_everywhere(&bp_tsv_renderer, d, &o, piece,
	    "compare --format tsv");
	o.compact = 1;
	render_all(&bp_json_renderer, d, &o, &q, inv_json);
	bp_json_dump(&b, d, &o);
	check(inv_json, &b, "dump");
	yaml_round_trip(d, &b);
	fuzz_diff((const char *)data, 0, d);
	fuzz_decide((const char *)data, size, d, widths,
	    sizeof(widths) / sizeof(widths[0]));
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
