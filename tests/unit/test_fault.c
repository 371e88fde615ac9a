/*
 * Failure is never reported as success: each command runs once for every
 * allocation it makes, with that allocation failing, and once more with
 * every allocation from it on failing (tests/lib/failmalloc.c, preloaded),
 * as SQLite's tests do.  Each run must either
 * print exactly what it prints when memory is plenty, with the same
 * status, or end with "out of memory" on standard error and exit 1;
 * never exit 0 with less, never die of a signal.
 *
 * BP_BIN names the bpolpo to run (tests/run sets it); the shim is
 * failmalloc.so beside this test.
 */
#include <sys/types.h>
#include <sys/wait.h>

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
	char	*out, *err;
	size_t	 outlen, errlen;
};

static char	 shim[PATH_MAX], tmp[PATH_MAX];
static const char *bin;

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

/*
 * Runs bpolpo with args in tests/fixtures; fail_at 0: nothing fails, -1:
 * no shim; from: every allocation from fail_at on fails.
 */
static void
run(const char *const args[], long fail_at, int from, struct outcome *o)
{
	char	 out[PATH_MAX + 8], err[PATH_MAX + 8], count[PATH_MAX + 8];
	char	 preload[PATH_MAX + 16], failenv[64], countenv[PATH_MAX + 24];
	char	*argv[32], *envp[8];
	pid_t	 pid;
	int	 st, i, n = 0;

	snprintf(out, sizeof(out), "%s/out", tmp);
	snprintf(err, sizeof(err), "%s/err", tmp);
	snprintf(count, sizeof(count), "%s/count", tmp);
	argv[0] = (char *)bin;
	for (i = 0; args[i] != NULL && i < 30; i++)
		argv[i + 1] = (char *)args[i];
	argv[i + 1] = NULL;
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
}

static long
allocations(void)
{
	char	 path[PATH_MAX + 8], *s;
	size_t	 len;
	long	 n;

	snprintf(path, sizeof(path), "%s/count", tmp);
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
	    memcmp(a->err, b->err, a->errlen) == 0;
}

static void
outcome_free(struct outcome *o)
{
	free(o->out);
	free(o->err);
}

/*
 * Every allocation of one command, failed in turn: the same outcome, or
 * "out of memory" and the status trouble has (1; diff's is 2).
 */
static void
each_fails_with(const char *const args[], int trouble)
{
	struct outcome	 ref, counted, o;
	long		 n, i;

	run(args, -1, 0, &ref);
	run(args, 0, 0, &counted);
	/* The shim itself changes nothing. */
	assert_true(same(&ref, &counted));
	n = allocations();
	assert_true(n > 0);
	for (i = 1; i <= 2 * n; i++) {
		run(args, (i - 1) % n + 1, i > n, &o);
		if (!same(&o, &ref) && !(o.status == trouble &&
		    strstr(o.err, "out of memory") != NULL))
			fail_msg("%s %s...: allocation %ld of %ld failing%s gave "
			    "exit %d, %zu bytes out, stderr: %.300s", bin,
			    args[0], (i - 1) % n + 1, n, i > n ? " (and all "
			    "after it)" : "", o.status, o.outlen, o.err);
		outcome_free(&o);
	}
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
	return mkdtemp(tmp) != NULL ? 0 : -1;
}

static int
teardown(void **state)
{
	char	 path[PATH_MAX + 8];

	(void)state;
	snprintf(path, sizeof(path), "%s/out", tmp);
	unlink(path);
	snprintf(path, sizeof(path), "%s/err", tmp);
	unlink(path);
	snprintf(path, sizeof(path), "%s/count", tmp);
	unlink(path);
	rmdir(tmp);
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
	};

	if ((bin = getenv("BP_BIN")) == NULL || getenv("BP_NO_FAULT") != NULL) {
		printf("[  PASSED  ] 0 tests: skipped, %s\n",
		    bin == NULL ? "BP_BIN not set" : getenv("BP_NO_FAULT"));
		return 0;
	}
	return cmocka_run_group_tests(tests, setup, teardown);
}
