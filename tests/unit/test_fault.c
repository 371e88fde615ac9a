/*
 * Failure is never reported as success: each command runs once for every
 * allocation it makes, with that allocation failing, and once more with
 * every allocation from it on failing (tests/lib/failmalloc.c, preloaded),
 * as SQLite's tests do.  Each run must either
 * print exactly what it prints when memory is plenty, with the same
 * status, or end with "out of memory" on standard error and exit 1;
 * never exit 0 with less, never die of a signal.  With -o FILE the
 * file is the output: whole, or the old file as it was, and nothing
 * beside it.  The runs of one command are shared by two processes, one
 * a core.
 *
 * BP_BIN names the bpolpo to run (tests/run sets it); the shim is
 * failmalloc.so beside this test.
 */
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

struct outcome {
	int	 status;	/* exit status, or 128 + signal */
	char	*out, *err, *file;	/* file: what -o wrote, or NULL */
	size_t	 outlen, errlen, filelen;
	int	 litter;	/* files left beside -o's */
};

/* What -o writes to stands for the file the run gets, in its own folder. */
#define OUT_FILE	"@OUT"
#define OLD_TEXT	"the old file\n"
#define WORKERS		2

static char	 shim[PATH_MAX], tmp[PATH_MAX / 2], big[PATH_MAX / 2 + 16];
static const char *bin;
/* The folder of this process's runs: tmp/w0, tmp/w1. */
static char	 work[PATH_MAX / 2 + 16];

static char *
slurp(const char *path, size_t *len)
{
	FILE	*fp = fopen(path, "rb");
	char	*s;
	long	 n;

	assert_non_null(fp);
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	s = malloc((size_t)n + 1);
	assert_non_null(s);
	assert_int_equal(fread(s, 1, (size_t)n, fp), (size_t)n);
	s[n] = '\0';
	fclose(fp);
	*len = (size_t)n;
	return s;
}

/* Files in the folder dir but the one named keep. */
static int
litter(const char *dir, const char *keep)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;
	int		 n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0 &&
		    strcmp(e->d_name, keep) != 0)
			n++;
	closedir(d);
	return n;
}

/*
 * Runs bpolpo with args in tests/fixtures; fail_at 0: nothing fails, -1:
 * no shim; from: every allocation from fail_at on fails.  An argument
 * OUT_FILE is a file in a folder of its own that holds OLD_TEXT before.
 */
static void
run(const char *const args[], long fail_at, int from, struct outcome *o)
{
	char	 out[PATH_MAX + 16], err[PATH_MAX + 16], count[PATH_MAX + 16];
	char	 preload[PATH_MAX + 16], failenv[64], countenv[PATH_MAX + 40];
	char	 odir[PATH_MAX + 16], ofile[PATH_MAX + 32];
	char	*argv[32], *envp[8];
	pid_t	 pid;
	FILE	*fp;
	int	 st, i, n = 0, tofile = 0;

	snprintf(out, sizeof(out), "%s/out", work);
	snprintf(err, sizeof(err), "%s/err", work);
	snprintf(count, sizeof(count), "%s/count", work);
	snprintf(odir, sizeof(odir), "%s/o", work);
	snprintf(ofile, sizeof(ofile), "%s/page", odir);
	argv[0] = (char *)bin;
	for (i = 0; args[i] != NULL && i < 30; i++) {
		argv[i + 1] = (char *)args[i];
		if (strcmp(args[i], OUT_FILE) == 0) {
			argv[i + 1] = ofile;
			tofile = 1;
		}
	}
	argv[i + 1] = NULL;
	if (tofile) {
		mkdir(odir, 0700);
		assert_non_null(fp = fopen(ofile, "w"));
		fputs(OLD_TEXT, fp);
		fclose(fp);
	}
	envp[n++] = (char *)"PATH=/usr/bin:/bin";
	envp[n++] = (char *)"LC_ALL=C.UTF-8";
	envp[n++] = (char *)"HOME=/nonexistent";
	if (fail_at >= 0) {
		snprintf(preload, sizeof(preload), "LD_PRELOAD=%s", shim);
		snprintf(failenv, sizeof(failenv), "BP_FAIL_%s=%ld",
		    from ? "FROM" : "AT", fail_at);
		snprintf(countenv, sizeof(countenv), "BP_FAIL_COUNT=%s", count);
		envp[n++] = preload;
		envp[n++] = failenv;
		envp[n++] = countenv;
	}
	envp[n] = NULL;
	if ((pid = fork()) == 0) {
		int	 fd;

		if (chdir("tests/fixtures") != 0)
			_exit(126);
		fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		dup2(fd, 1);
		fd = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		dup2(fd, 2);
		fd = open("/dev/null", O_RDONLY);
		dup2(fd, 0);
		execve(bin, argv, envp);
		_exit(127);
	}
	assert_true(pid > 0);
	assert_true(waitpid(pid, &st, 0) == pid);
	o->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	o->out = slurp(out, &o->outlen);
	o->err = slurp(err, &o->errlen);
	o->file = tofile ? slurp(ofile, &o->filelen) : NULL;
	o->litter = tofile ? litter(odir, "page") : 0;
	if (tofile)
		unlink(ofile);
}

static long
allocations(void)
{
	char	 path[PATH_MAX + 8], *s;
	size_t	 len;
	long	 n;

	snprintf(path, sizeof(path), "%s/count", work);
	s = slurp(path, &len);
	n = strtol(s, NULL, 10);
	free(s);
	return n;
}

static int
same(const struct outcome *a, const struct outcome *b)
{
	return a->status == b->status && a->outlen == b->outlen &&
	    a->errlen == b->errlen && memcmp(a->out, b->out, a->outlen) == 0 &&
	    memcmp(a->err, b->err, a->errlen) == 0 && a->litter == b->litter &&
	    (a->file == NULL) == (b->file == NULL) && (a->file == NULL ||
	    (a->filelen == b->filelen && memcmp(a->file, b->file,
	    a->filelen) == 0));
}

/* Out of memory said, the status trouble has, a file left as it was. */
static int
failed_well(const struct outcome *o, int trouble)
{
	return o->status == trouble && strstr(o->err, "out of memory") !=
	    NULL && o->litter == 0 && (o->file == NULL ||
	    strcmp(o->file, OLD_TEXT) == 0);
}

static void
outcome_free(struct outcome *o)
{
	free(o->out);
	free(o->err);
	free(o->file);
}

/*
 * Every allocation of one command, failed in turn: the same outcome, or
 * "out of memory" and the status trouble has (1; diff's is 2).  Worker
 * w of WORKERS takes the runs i with i % WORKERS == w, in a folder of
 * its own, and says what went wrong on a pipe.
 */
static void
each_fails_with(const char *const args[], int trouble)
{
	struct outcome	 ref, counted, o;
	char		 msg[1024];
	pid_t		 pid[WORKERS];
	long		 n, i;
	int		 w, fd[2], st, bad = 0;
	ssize_t		 got;

	snprintf(work, sizeof(work), "%s/w0", tmp);
	run(args, -1, 0, &ref);
	run(args, 0, 0, &counted);
	/* The shim itself changes nothing. */
	assert_true(same(&ref, &counted));
	n = allocations();
	assert_true(n > 0);
	assert_int_equal(pipe(fd), 0);
	for (w = 0; w < WORKERS; w++) {
		if ((pid[w] = fork()) != 0)
			continue;
		close(fd[0]);
		snprintf(work, sizeof(work), "%s/w%d", tmp, w);
		for (i = 1 + w; i <= 2 * n; i += WORKERS) {
			run(args, (i - 1) % n + 1, i > n, &o);
			if (!same(&o, &ref) && !failed_well(&o, trouble)) {
				snprintf(msg, sizeof(msg), "%s %s...: allocation "
				    "%ld of %ld failing%s gave exit %d, %zu bytes "
				    "out, %s, stderr: %.300s\n", bin, args[0],
				    (i - 1) % n + 1, n, i > n ? " (and all after "
				    "it)" : "", o.status, o.outlen, o.file == NULL ?
				    "no -o file" : o.litter > 0 ? "files left "
				    "beside -o's" : strcmp(o.file, OLD_TEXT) == 0 ?
				    "the old -o file" : "a new -o file", o.err);
				if (write(fd[1], msg, strlen(msg)) < 0)
					_exit(2);
				_exit(1);
			}
			outcome_free(&o);
		}
		_exit(0);
	}
	close(fd[1]);
	while ((got = read(fd[0], msg, sizeof(msg) - 1)) > 0) {
		msg[got] = '\0';
		fputs(msg, stderr);
		bad = 1;
	}
	close(fd[0]);
	for (w = 0; w < WORKERS; w++) {
		assert_true(pid[w] > 0);
		assert_true(waitpid(pid[w], &st, 0) == pid[w]);
		if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
			bad = 1;
	}
	if (bad)
		fail_msg("%s %s...: an allocation failure was not reported as "
		    "one (above)", bin, args[0]);
	outcome_free(&ref);
	outcome_free(&counted);
}

static void
each_allocation_fails(const char *const args[])
{
	each_fails_with(args, 1);
}

#define ARGS(...)	((const char *const []){ __VA_ARGS__, NULL })

static void
builtin_commands(void **state)
{
	(void)state;
	each_allocation_fails(ARGS("compare"));
	each_allocation_fails(ARGS("faq", "upl"));
	each_allocation_fails(ARGS("show", "compliance", "--markdown"));
	each_allocation_fails(ARGS("search", "lpo", "supervision"));
	each_allocation_fails(ARGS("check"));
}

static void
data_file_commands(void **state)
{
	(void)state;
	each_allocation_fails(ARGS("--data", "three.yaml", "dump"));
	each_allocation_fails(ARGS("--data", "three.yaml", "compare",
	    "--json"));
	each_allocation_fails(ARGS("--data", "three.yaml", "verdict",
	    "--markdown"));
	each_allocation_fails(ARGS("--data", "cjk.yaml", "search", "e"));
	each_allocation_fails(ARGS("--data", "controls.yaml", "faq", "q"));
	each_allocation_fails(ARGS("check", "../errors/three-errors.yaml",
	    "--json"));
	each_allocation_fails(ARGS("check", "--strict", "-w", "30",
	    "../errors/unknown-ref-many-ids.yaml"));
	/* A syntax error's hint: the file's lines read again to give it. */
	each_allocation_fails(ARGS("check", "../errors/indent-key.yaml"));
	each_allocation_fails(ARGS("--data", "shared.yaml", "dump", "--format",
	    "yaml"));
	each_allocation_fails(ARGS("init"));
	/* The whole document in each format, a page, a table for a sheet. */
	each_allocation_fails(ARGS("export", "-w", "60"));
	each_allocation_fails(ARGS("export", "--markdown"));
	each_allocation_fails(ARGS("--data", "three.yaml", "export", "--format",
	    "html", "--subjects", "cocoa,tea"));
	each_allocation_fails(ARGS("--data", "sheet.yaml", "compare", "--format",
	    "csv"));
	each_allocation_fails(ARGS("search", "lpo", "supervision", "--format",
	    "html"));
	each_allocation_fails(ARGS("faq", "upl", "--hyperlinks=always"));
}

/* decide: answered, listed, by features, in each format. */
static void
decide_commands(void **state)
{
	(void)state;
	each_allocation_fails(ARGS("decide", "--yes", "lpo.1,lpo.3", "--no",
	    "bpo.2"));
	each_allocation_fails(ARGS("decide", "--yes", "lpo.1", "--json"));
	each_allocation_fails(ARGS("--data", "three.yaml", "decide", "--by",
	    "features", "--pick", "caffeine=tea,prep=either", "--markdown"));
	each_allocation_fails(ARGS("--data", "three.yaml", "decide", "--list"));
	each_allocation_fails(ARGS("decide", "--yes", "lpo.9"));
	/* Weighed, the firmness computed; answers read back from a file. */
	each_allocation_fails(ARGS("decide", "--yes", "lpo.1,bpo.1", "--weight",
	    "lpo.1=5", "--json"));
	each_allocation_fails(ARGS("decide", "--answers",
	    "../lib/saved-answers.yaml", "--no", "lpo.1", "--format", "html"));
}

/* diff: both sides and their changes, in each format; trouble is 2. */
static void
diff_commands(void **state)
{
	(void)state;
	each_fails_with(ARGS("diff", "three.yaml", "three-v2.yaml"), 2);
	each_fails_with(ARGS("diff", "three.yaml", "three-v2.yaml", "--json"),
	    2);
	each_fails_with(ARGS("diff", "builtin", "shared.yaml", "--markdown"),
	    2);
}

/*
 * A document whose output passes the buffer's flush size (BP_BUF_FLUSH_AT,
 * 64 KiB): so the failures come after some of it went out.  Few
 * allocations, few long texts: every one of them still fails in turn.
 */
static void
big_document(void **state)
{
	(void)state;
	/* Streamed to standard output, a file. */
	each_allocation_fails(ARGS("--data", big, "export", "-w", "1000"));
	each_allocation_fails(ARGS("--data", big, "export", "--format",
	    "html"));
	each_allocation_fails(ARGS("--data", big, "export", "--markdown"));
	each_allocation_fails(ARGS("--data", big, "dump"));
	/* Into -o's file: whole, or the old one and nothing beside it. */
	each_allocation_fails(ARGS("--data", big, "export", "--format",
	    "html", "-o", OUT_FILE));
	each_allocation_fails(ARGS("--data", big, "export", "--json", "-o",
	    OUT_FILE));
	each_allocation_fails(ARGS("export", "-o", OUT_FILE));
}

/* Two features, each value 2,500 words: 69 KB of YAML, 72 to 89 KB out. */
static int
write_big(const char *path)
{
	static const char *const words[] = { "legal", "process", "work",
	    "cost", "outsourcing", "review", "risk" };
	FILE		*fp;
	unsigned	 r = 1;
	int		 f, v, k;

	if ((fp = fopen(path, "w")) == NULL)
		return -1;
	fputs("format: 1\ntitle: A big page\nsummary: S\nsubjects:\n"
	    "  - {id: a, short: A, name: Alpha}\n"
	    "  - {id: b, short: B, name: Beta}\nfeatures:\n", fp);
	for (f = 0; f < 2; f++) {
		fprintf(fp, "  - id: f%d\n    label: F%d\n    values:\n", f, f);
		for (v = 0; v < 2; v++) {
			fprintf(fp, "      %c:", "ab"[v]);
			for (k = 0; k < 2500; k++) {
				r = r * 1103515245u + 12345u;
				fprintf(fp, " %s", words[(r >> 16) % 7]);
			}
			fputc('\n', fp);
		}
	}
	return fclose(fp);
}

static int
setup(void **state)
{
	char	 self[PATH_MAX - 32], *slash;
	ssize_t	 n;

	(void)state;
	if ((n = readlink("/proc/self/exe", self, sizeof(self) - 1)) < 0)
		return -1;
	self[n] = '\0';
	if ((slash = strrchr(self, '/')) != NULL)
		*slash = '\0';
	snprintf(shim, sizeof(shim), "%s/failmalloc.so", self);
	snprintf(tmp, sizeof(tmp), "%s/bpolpo-fault.XXXXXX",
	    getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(tmp) == NULL)
		return -1;
	for (n = 0; n < WORKERS; n++) {
		snprintf(work, sizeof(work), "%s/w%d", tmp, (int)n);
		if (mkdir(work, 0700) < 0)
			return -1;
	}
	snprintf(big, sizeof(big), "%s/big.yaml", tmp);
	return write_big(big);
}

/* Removes the folder of the runs, as deep as it goes (two levels). */
static void
remove_tree(const char *dir, int depth)
{
	DIR		*d;
	struct dirent	*e;
	char		 path[PATH_MAX + 300];

	if ((d = opendir(dir)) == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (unlink(path) < 0 && depth > 0)
			remove_tree(path, depth - 1);
	}
	closedir(d);
	rmdir(dir);
}

static int
teardown(void **state)
{
	(void)state;
	remove_tree(tmp, 3);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(builtin_commands),
		cmocka_unit_test(data_file_commands),
		cmocka_unit_test(diff_commands),
		cmocka_unit_test(decide_commands),
		cmocka_unit_test(big_document),
	};

	if ((bin = getenv("BP_BIN")) == NULL || getenv("BP_NO_FAULT") != NULL) {
		printf("skipped every case: %s\n[  PASSED  ] 0 tests\n",
		    bin == NULL ? "BP_BIN not set" : getenv("BP_NO_FAULT"));
		return 0;
	}
	return cmocka_run_group_tests(tests, setup, teardown);
}
