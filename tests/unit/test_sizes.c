/*
 * Output at every size where the code changes behaviour.  For every
 * command and every format it prints (bp_commands, bp_format_cmds()), a
 * generated comparison whose output is just below, at and just above
 * each boundary in the table below, run by the real binary with its
 * output going to a pipe, a regular file, a terminal, a pager, and, for
 * export, -o FILE (with standard output a pipe, then a terminal) and
 * -o /dev/stdout.  Everywhere the same bytes, the same messages and the
 * same exit status; with -o FILE nothing on standard output.  Each
 * output also holds the invariants (tests/lib/invariants.h) and the
 * memory bound: a peak of at most 3x the input plus 8 MiB.
 *
 * BP_BIN names the bpolpo to run (tests/run sets it).  The cases are
 * shared by two processes, one a core.
 */
#define _GNU_SOURCE	/* pipe2(2), POSIX_SPAWN_SETSID */
#include <sys/ioctl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pty.h>
#include <setjmp.h>
#include <spawn.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "base/bp_buf.h"
#include "model/bp_input.h"
#include "cli/bp_cli.h"
#include "invariants.h"

#define MIB		((size_t)1024 * 1024)
#define WORKERS		2
/* What every run needs whatever its input (as tests/memory has it). */
#define MEM_CONSTANT	(8 * MIB)
/* Wide enough that a text of the generator's never wraps. */
#define WIDTH		"10000"
/* The screen's height (LINES): output this tall or taller is paged. */
#define SCREEN_ROWS	"24"

/*
 * The sizes where the output path changes behaviour, each named with the
 * constant it comes from: a change of the constant moves the test.
 */
static const struct boundary {
	const char	*name;
	size_t		 size;
	int		 exact;	/* the sizes one below, at and one above */
	int		 all;	/* every destination, not only the files */
} boundaries[] = {
	{ "the least the command prints", 0, 0, 1 },
	/* Below it output is written at the end; from it, as it is made. */
	{ "BP_BUF_FLUSH_AT (bp_buf.h), the buffer's flush size",
	    BP_BUF_FLUSH_AT, 1, 1 },
	{ "1 MiB", MIB, 0, 1 },
	/* Most of a file of the input limit's size: pipe, file and -o. */
	{ "30 MiB, half BP_INPUT_LIMIT (bp_input.h)", BP_INPUT_LIMIT / 2 -
	    2 * MIB, 0, 0 },
};

/* What makes a command's output grow: a count of the generator's. */
enum knob {
	K_NONE,		/* nothing: its output does not come from the data */
	K_FEATURES,
	K_CRITERIA,	/* a's "Choose ... if" list */
	K_SECTIONS,
	K_FAQS,
	K_SOURCES,
	K_SUMMARY,	/* the summary's paragraphs */
	K_BODY,		/* s0's body's paragraphs */
	K_ANSWER,	/* q0's answer's paragraphs */
	K_PROBLEMS,	/* unknown keys, each a warning */
	K__MAX
};

/*
 * How each command is run: "@FILE" is the generated comparison.  Every
 * command has a case (a command added without one fails size_cases).
 */
static const struct size_case {
	enum bp_cmd	 cmd;
	const char	*args[8];
	enum knob	 grow;
	unsigned	 fixed;	/* formats (1u << BP_FORMAT_*) whose size is fixed */
} cases[] = {
	{ BP_CMD_OVERVIEW, { "--data", "@FILE" }, K_SUMMARY, 0 },
	{ BP_CMD_COMPARE, { "--data", "@FILE", "compare" }, K_FEATURES, 0 },
	{ BP_CMD_VERDICT, { "--data", "@FILE", "verdict" }, K_CRITERIA, 0 },
	{ BP_CMD_FAQ, { "--data", "@FILE", "faq" }, K_FAQS, 0 },
	{ BP_CMD_FAQ, { "--data", "@FILE", "faq", "q0" }, K_ANSWER, 0 },
	{ BP_CMD_SHOW, { "--data", "@FILE", "show" }, K_SECTIONS, 0 },
	{ BP_CMD_SHOW, { "--data", "@FILE", "show", "s0" }, K_BODY, 0 },
	{ BP_CMD_SOURCES, { "--data", "@FILE", "sources" }, K_SOURCES, 0 },
	{ BP_CMD_SEARCH, { "--data", "@FILE", "search", "zebra" },
	    K_FEATURES, 0 },
	/* Text and Markdown: a count; the problems go to standard error. */
	{ BP_CMD_CHECK, { "check", "@FILE", "--max-errors", "0" },
	    K_PROBLEMS, (1u << BP_FORMAT_TEXT) | (1u << BP_FORMAT_MARKDOWN) },
	{ BP_CMD_DUMP, { "--data", "@FILE", "dump" }, K_FEATURES, 0 },
	{ BP_CMD_EXPORT, { "--data", "@FILE", "export" }, K_FEATURES, 0 },
	{ BP_CMD_INIT, { "init" }, K_NONE, 0 },
	/* Two sides with other words: every text changed. */
	{ BP_CMD_DIFF, { "diff", "@FILE", "@FILE2" }, K_FEATURES, 0 },
	{ BP_CMD_DECIDE, { "--data", "@FILE", "decide", "--yes", "a.1",
	    "--no", "b.1" }, K_CRITERIA, 0 },
	{ BP_CMD_COMPLETION, { "completion", "bash" }, K_NONE, 0 },
	{ BP_CMD_HELP, { "help" }, K_NONE, 0 },
};

/* The texts the generator can lengthen, one 'x' at a time. */
enum pad {
	PAD_TITLE,
	PAD_SUMMARY,	/* its last paragraph */
	PAD_LABEL,	/* the last feature's label */
	PAD_VALUE,	/* the last feature's value for a */
	PAD_CRITERION,	/* a's last criterion */
	PAD_STITLE,	/* the last section's title */
	PAD_BODY,	/* the last section's body */
	PAD_QUESTION,	/* the last question */
	PAD_ANSWER,	/* the last answer */
	PAD_SOURCE,	/* the last source's title */
	PAD_PROBLEM,	/* the last unknown key */
	PAD__MAX
};

/* A generated comparison: how many of each (at least one) and the pads. */
struct shape {
	size_t	 n[K__MAX];
	size_t	 pad[PAD__MAX];
};

/* Where a run's output goes. */
enum dest {
	TO_PIPE,
	TO_FILE,
	TO_TTY,		/* a terminal, never paged */
	TO_PAGER,	/* a terminal, always paged: into a file */
	TO_O_PIPE,	/* export -o FILE, standard output a pipe */
	TO_O_TTY,	/* export -o FILE, standard output a terminal */
	TO_O_STDOUT,	/* export -o /dev/stdout, standard output a pipe */
	TO__MAX,
	TO_PAGER_AUTO	/* a terminal, paged when tall (pager_rows alone) */
};

static const char *const dest_names[TO__MAX] = {
	"a pipe", "a regular file", "a terminal", "a pager",
	"-o FILE (stdout a pipe)", "-o FILE (stdout a terminal)",
	"-o /dev/stdout"
};

/* What one run gave. */
struct outcome {
	int	 status;	/* exit status, or 128 + signal */
	char	*out;		/* what its destination got */
	size_t	 outlen;
	char	*err;
	size_t	 errlen;
	size_t	 stdoutlen;	/* -o, a pager: what standard output got besides */
	int	 paged;		/* the pager ran */
	size_t	 peak;		/* resident bytes at most */
};

static const char *bin;
static char	 top[PATH_MAX / 4];	/* a folder of this test's own */
static char	 work[PATH_MAX / 4 + 16];	/* this worker's, in top */
/* The generated comparisons: "@FILE" and (diff's other side) "@FILE2". */
static char	 data1[PATH_MAX / 2], data2[PATH_MAX / 2];
static FILE	*report;		/* where a worker says what failed */
static int	 failures;

static void __attribute__((format(printf, 1, 2)))
failed(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vfprintf(report, fmt, ap);
	va_end(ap);
	fputc('\n', report);
	fflush(report);
	failures++;
}

/* ---- The generator. ---- */

static const char *const words[] = {
	"legal", "process", "work", "cost", "outsourcing", "review", "risk",
	"naïve", "cafe\xcc\x81", "日本語", "👩‍💻", "مرحبا", "שלום", "🇯🇵",
	"ﬁne", "Ａ", "e\xcc\x81\xcc\x81", "supervision", "a-b", "x_y",
};

static unsigned	 seed;

static const char *
word(void)
{
	seed = seed * 1103515245u + 12345u;
	return words[(seed >> 16) % (sizeof(words) / sizeof(words[0]))];
}

/* n words, the search term among them, then the pad: never a line break. */
static void
text(FILE *fp, size_t n, size_t pad)
{
	size_t	 i;

	fputs("Zebra", fp);
	for (i = 0; i < n; i++)
		fprintf(fp, " %s", word());
	fputs(" X", fp);
	for (i = 0; i < pad; i++)
		fputc('x', fp);
}

/* A block of paragraphs, indented: the last one padded. */
static void
block(FILE *fp, const char *indent, size_t paras, size_t pad)
{
	size_t	 i;

	fputs("|\n", fp);
	for (i = 0; i < paras; i++) {
		if (i > 0)
			fputc('\n', fp);
		fputs(indent, fp);
		text(fp, 10, i + 1 == paras ? pad : 0);
		fputc('\n', fp);
	}
}

/* How many of k: at least one. */
static size_t
count(const struct shape *s, enum knob k)
{
	return s->n[k] > 0 ? s->n[k] : 1;
}

/*
 * Writes the comparison s as path; 0, or -1.  Every key of the format is
 * there; what no command of the list shows is short, so that the input
 * stays within its limits while an output grows to 30 MiB.  The words
 * come from seed: another seed, other words (diff's other side).
 */
static int
generate(const char *path, const struct shape *s, unsigned from)
{
	FILE	*fp;
	size_t	 i, n;
	int	 last;

	seed = from;
	if ((fp = fopen(path, "w")) == NULL)
		return -1;
	fputs("format: 1\ntitle: ", fp);
	text(fp, 2, s->pad[PAD_TITLE]);
	fputs("\nupdated: 2026-06-08\nsummary: ", fp);
	block(fp, "  ", count(s, K_SUMMARY), s->pad[PAD_SUMMARY]);
	fputs("subjects:\n  - {id: a, short: Alpha, name: Alpha works}\n"
	    "  - {id: b, short: Beta, name: Beta works}\nfeatures:\n", fp);
	for (i = 0, n = count(s, K_FEATURES); i < n; i++) {
		last = i + 1 == n;
		fprintf(fp, "  - id: f%zu\n    label: ", i);
		text(fp, 2, last ? s->pad[PAD_LABEL] : 0);
		fprintf(fp, "\n    edge: %s\n    values:\n      a: ",
		    i % 3 == 0 ? "a" : i % 3 == 1 ? "b" : "tie");
		text(fp, 3 + i % 7, last ? s->pad[PAD_VALUE] : 0);
		fputs("\n      b: ", fp);
		text(fp, 5, 0);
		fputc('\n', fp);
	}
	fputs("choose:\n  a:\n", fp);
	for (i = 0, n = count(s, K_CRITERIA); i < n; i++) {
		fputs("    - ", fp);
		text(fp, 6, i + 1 == n ? s->pad[PAD_CRITERION] : 0);
		fputc('\n', fp);
	}
	fputs("  b:\n    - ", fp);
	text(fp, 6, 0);
	fputs("\nsections:\n", fp);
	for (i = 0, n = count(s, K_SECTIONS); i < n; i++) {
		last = i + 1 == n;
		fprintf(fp, "  - id: s%zu\n    title: ", i);
		text(fp, 6, last ? s->pad[PAD_STITLE] : 0);
		fputs("\n    body: ", fp);
		if (i == 0 || last) {
			block(fp, "      ", i == 0 ? count(s, K_BODY) : 1,
			    last ? s->pad[PAD_BODY] : 0);
			fputs("    sources: [src0]\n", fp);
		} else {
			text(fp, 3, 0);
			fputc('\n', fp);
		}
	}
	fputs("faq:\n", fp);
	for (i = 0, n = count(s, K_FAQS); i < n; i++) {
		last = i + 1 == n;
		fprintf(fp, "  - id: q%zu\n    question: ", i);
		text(fp, 10, last ? s->pad[PAD_QUESTION] : 0);
		fputs("?\n    answer: ", fp);
		if (i == 0 || last) {
			block(fp, "      ", i == 0 ? count(s, K_ANSWER) : 1,
			    last ? s->pad[PAD_ANSWER] : 0);
			fprintf(fp, "    keywords: [k%zu]\n    sources: [src0]\n",
			    i);
		} else {
			text(fp, 3, 0);
			fputc('\n', fp);
		}
	}
	fputs("sources:\n", fp);
	for (i = 0, n = count(s, K_SOURCES); i < n; i++) {
		fprintf(fp, "  - id: src%zu\n    title: ", i);
		text(fp, 4, i + 1 == n ? s->pad[PAD_SOURCE] : 0);
		fprintf(fp, "\n    url: https://example.org/%zu\n", i);
	}
	for (i = 0; i < s->n[K_PROBLEMS]; i++) {
		fprintf(fp, "unknown%zu", i);
		for (n = 0; i + 1 == s->n[K_PROBLEMS] && n <
		    s->pad[PAD_PROBLEM]; n++)
			fputc('x', fp);
		fputs(": 1\n", fp);
	}
	return fclose(fp) == 0 ? 0 : -1;
}

/* ---- Running bpolpo. ---- */

static char *
slurp(const char *path, size_t *len)
{
	FILE	*fp;
	char	*s = NULL;
	size_t	 cap = 0, n;

	*len = 0;
	if ((fp = fopen(path, "rb")) == NULL)
		return calloc(1, 1);
	do {
		if (*len + 65536 + 1 > cap) {
			cap = cap == 0 ? 65536 * 2 : cap * 2;
			assert_non_null(s = realloc(s, cap));
		}
		n = fread(s + *len, 1, cap - *len - 1, fp);
		*len += n;
	} while (n > 0);
	fclose(fp);
	s[*len] = '\0';
	return s;
}

/* Reads fd (a pipe) to its end into a string. */
static char *
drain(int fd, size_t *len)
{
	char	*s = NULL;
	size_t	 cap = 0;
	ssize_t	 n;

	*len = 0;
	for (;;) {
		if (*len + 65536 + 1 > cap) {
			cap = cap == 0 ? 65536 * 2 : cap * 2;
			assert_non_null(s = realloc(s, cap));
		}
		n = read(fd, s + *len, cap - *len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		*len += (size_t)n;
	}
	if (s == NULL)
		assert_non_null(s = malloc(1));
	s[*len] = '\0';
	return s;
}

/*
 * Reads a terminal's master side while the program on it runs, then to
 * the end of what it wrote.  The end is not EIO at its exit: a kernel
 * may report the hang-up before the last bytes in its buffers are read
 * (seen under load), so this test keeps the terminal open itself and,
 * once the program has exited, writes a mark after its output; the
 * terminal keeps order, so all of the output has been read when the mark
 * is.  The mark is written without blocking, as room is made by reading:
 * the program may have filled the terminal's buffer before it exited.
 * *st gets the program's wait status.
 */
static char *
drain_tty(int pty, int tty, pid_t pid, size_t *len, int *st)
{
	static const char	 mark[] = "\n--bpolpo-test-end-of-output--\n";
	struct pollfd		 pfd = { pty, POLLIN, 0 };
	char			*s = NULL;
	size_t			 cap = 0, ml = sizeof(mark) - 1, put = 0;
	ssize_t			 n;
	pid_t			 w;
	int			 exited = 0;

	*len = 0;
	for (;;) {
		if (!exited) {
			while ((w = waitpid(pid, st, WNOHANG)) < 0)
				assert_int_equal(errno, EINTR);
			/*
			 * Not before: the program's standard output is the
			 * same open file, and would not block either.
			 */
			if ((exited = w == pid))
				assert_int_equal(fcntl(tty, F_SETFL,
				    fcntl(tty, F_GETFL) | O_NONBLOCK), 0);
		}
		if (exited && put < ml) {
			n = write(tty, mark + put, ml - put);
			if (n > 0)
				put += (size_t)n;
			else
				assert_true(n < 0 && (errno == EAGAIN ||
				    errno == EINTR));
		}
		if (*len + 65536 + 1 > cap) {
			cap = cap == 0 ? 65536 * 2 : cap * 2;
			assert_non_null(s = realloc(s, cap));
		}
		if (poll(&pfd, 1, exited ? 10000 : 50) == 0) {
			assert_false(exited);	/* the mark never came */
			continue;
		}
		n = read(pty, s + *len, cap - *len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		assert_true(n > 0);
		*len += (size_t)n;
		if (put == ml && *len >= ml &&
		    memcmp(s + *len - ml, mark, ml) == 0)
			break;
	}
	*len -= ml;
	s[*len] = '\0';
	return s;
}

static void
outcome_free(struct outcome *o)
{
	free(o->out);
	free(o->err);
	o->out = o->err = NULL;
}

/*
 * Runs bpolpo with args (after the display options), "@FILE" and
 * "@FILE2" replaced by data1 and data2, its output going to d; what the
 * destination got in o.  With
 * timed, under GNU time, whose peak is the process's own: a child forked
 * from this test would count this test's pages too.
 */
static void
run(const char *const *args, enum dest d, int timed, struct outcome *o)
{
	char		 errf[PATH_MAX], outf[PATH_MAX], pagef[PATH_MAX];
	char		 timef[PATH_MAX], pager[PATH_MAX + 32];
	char		*argv[40], *envp[8], *t;
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	struct termios	 tio;
	struct winsize	 ws = { 24, 200, 0, 0 };
	int		 fd[2] = { -1, -1 }, pty = -1, tty = -1, st, i, n = 0;
	size_t		 tlen;
	pid_t		 pid;

	snprintf(errf, sizeof(errf), "%s/err", work);
	snprintf(outf, sizeof(outf), "%s/out", work);
	snprintf(pagef, sizeof(pagef), "%s/paged", work);
	snprintf(timef, sizeof(timef), "%s/time", work);
	unlink(outf);
	unlink(pagef);
	if (timed) {
		argv[n++] = (char *)"/usr/bin/time";
		argv[n++] = (char *)"-f";
		argv[n++] = (char *)"%M";
		argv[n++] = (char *)"-o";
		argv[n++] = timef;
	}
	argv[n++] = (char *)bin;
	argv[n++] = (char *)"--width=" WIDTH;
	argv[n++] = (char *)"--color=never";
	argv[n++] = (char *)"--hyperlinks=never";
	argv[n++] = (char *)(d == TO_PAGER ? "--paging=always" :
	    d == TO_PAGER_AUTO ? "--paging=auto" : "--paging=never");
	for (i = 0; args[i] != NULL && n < 34; i++)
		argv[n++] = strcmp(args[i], "@FILE") == 0 ? data1 :
		    strcmp(args[i], "@FILE2") == 0 ? data2 : (char *)args[i];
	if (d == TO_O_PIPE || d == TO_O_TTY || d == TO_O_STDOUT) {
		argv[n++] = (char *)"-o";
		argv[n++] = d == TO_O_STDOUT ? (char *)"/dev/stdout" : outf;
	}
	argv[n] = NULL;
	n = 0;
	snprintf(pager, sizeof(pager), "BPOLPO_PAGER=cat > '%s'", pagef);
	envp[n++] = (char *)"PATH=/usr/bin:/bin";
	envp[n++] = (char *)"LC_ALL=C.UTF-8";
	envp[n++] = (char *)"HOME=/nonexistent";
	envp[n++] = (char *)"TERM=xterm";
	envp[n++] = (char *)"LINES=" SCREEN_ROWS;
	envp[n++] = pager;
	envp[n] = NULL;

	/*
	 * posix_spawn(3), not fork(2): this test holds outputs of 30 MiB,
	 * whose pages a fork would copy the tables of, every run.
	 */
	assert_int_equal(posix_spawn_file_actions_init(&fa), 0);
	if (d == TO_TTY || d == TO_PAGER || d == TO_PAGER_AUTO ||
	    d == TO_O_TTY) {
		assert_int_equal(openpty(&pty, &tty, NULL, NULL, &ws), 0);
		fcntl(pty, F_SETFD, FD_CLOEXEC);
		fcntl(tty, F_SETFD, FD_CLOEXEC);
		/* Raw: the bytes as written, no "\r\n" for "\n". */
		assert_int_equal(tcgetattr(tty, &tio), 0);
		cfmakeraw(&tio);
		assert_int_equal(tcsetattr(tty, TCSANOW, &tio), 0);
		posix_spawn_file_actions_adddup2(&fa, tty, 1);
	} else if (d == TO_FILE) {
		posix_spawn_file_actions_addopen(&fa, 1, outf, O_WRONLY |
		    O_CREAT | O_TRUNC, 0600);
	} else {
		assert_int_equal(pipe2(fd, O_CLOEXEC), 0);
		posix_spawn_file_actions_adddup2(&fa, fd[1], 1);
	}
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, errf, O_WRONLY | O_CREAT |
	    O_TRUNC, 0600);
	assert_int_equal(posix_spawnattr_init(&attr), 0);
	/* A session of its own, as a program started on a terminal has. */
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
	assert_int_equal(posix_spawn(&pid, argv[0], &fa, &attr, argv, envp),
	    0);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	assert_true(pid > 0);
	o->out = NULL;
	if (tty >= 0) {
		o->out = drain_tty(pty, tty, pid, &o->outlen, &st);
		close(tty);
		close(pty);
	} else {
		if (fd[0] >= 0) {
			close(fd[1]);
			o->out = drain(fd[0], &o->outlen);
			close(fd[0]);
		}
		while (waitpid(pid, &st, 0) < 0)
			assert_int_equal(errno, EINTR);
	}
	o->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	o->err = slurp(errf, &o->errlen);
	o->peak = 0;
	if (timed) {
		/* The last line: a message about the status may come first. */
		t = slurp(timef, &tlen);
		while (tlen > 0 && t[tlen - 1] == '\n')
			t[--tlen] = '\0';
		o->peak = (size_t)strtoull(strrchr(t, '\n') != NULL ?
		    strrchr(t, '\n') + 1 : t, NULL, 10) * 1024;
		free(t);
	}
	o->stdoutlen = 0;
	o->paged = 0;
	if (d == TO_FILE) {
		o->out = slurp(outf, &o->outlen);
	} else if (d == TO_O_PIPE || d == TO_O_TTY) {
		o->stdoutlen = o->outlen;
		free(o->out);
		o->out = slurp(outf, &o->outlen);
	} else if ((d == TO_PAGER || d == TO_PAGER_AUTO) &&
	    access(pagef, F_OK) == 0) {
		/* Paged: the pager got it, the terminal nothing of it. */
		o->paged = 1;
		o->stdoutlen = o->outlen;
		free(o->out);
		o->out = slurp(pagef, &o->outlen);
	}
}

/*
 * Writes the comparisons of shape s that args read: data1, and data2
 * when they name it.  Returns their size.
 */
static size_t
make_data(const char *const *args, const struct shape *s)
{
	static struct shape	 last;
	static char		 last_path[sizeof(data1)];
	static size_t		 last_size;
	static int		 last_two = -1;
	struct stat		 st;
	size_t			 size, i;
	int			 two = 0;

	for (i = 0; args[i] != NULL; i++)
		two |= strcmp(args[i], "@FILE2") == 0;
	/* The files there already: 30 MiB is not written twice. */
	if (two == last_two && memcmp(s, &last, sizeof(last)) == 0 &&
	    strcmp(data1, last_path) == 0)
		return last_size;
	last_two = -1;
	assert_int_equal(generate(data1, s, 7), 0);
	assert_int_equal(stat(data1, &st), 0);
	size = (size_t)st.st_size;
	for (i = 0; args[i] != NULL; i++)
		if (strcmp(args[i], "@FILE2") == 0) {
			assert_int_equal(generate(data2, s, 8), 0);
			assert_int_equal(stat(data2, &st), 0);
			size += (size_t)st.st_size;
		}
	last = *s;
	memcpy(last_path, data1, sizeof(last_path));
	last_size = size;
	last_two = two;
	return size;
}

/* The size of the output of args on shape s, through a pipe. */
static size_t
size_of(const char *const *args, const struct shape *s)
{
	struct outcome	 o;
	size_t		 len;

	make_data(args, s);
	run(args, TO_PIPE, 0, &o);
	len = o.outlen;
	outcome_free(&o);
	return len;
}

/* Whether to measure the peak: not when it is not bpolpo's (a sanitizer's). */
static int
timed(void)
{
	return getenv("BP_NO_MEMORY") == NULL;
}

/* What a run of the search knows: a count and its output's size. */
struct point {
	size_t	 k, size;
};

/*
 * Sets the case's count to the largest whose output is not above
 * target, searching up from from (1 when that is above it already);
 * 0 if even a count of one is.
 */
static int
below(const struct size_case *c, const char *const *args, size_t target,
    size_t from, struct shape *s)
{
	size_t	*k = &s->n[c->grow], lo, hi, mid, step;

	memset(s->pad, 0, sizeof(s->pad));
	*k = lo = from > 0 ? from : 1;
	if (size_of(args, s) > target)
		return lo > 1 ? below(c, args, target, 1, s) : 0;
	/* Galloping up while it fits, then halved between the two. */
	for (step = 1;; step *= 2) {
		*k = lo + step;
		if (size_of(args, s) > target)
			break;
		lo += step;
	}
	hi = lo + step;
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		*k = mid;
		if (size_of(args, s) > target)
			hi = mid;
		else
			lo = mid;
	}
	*k = lo;
	return 1;
}

/* The pads are texts of the generator's, kept below the line's width. */
#define PAD_MAX		8000

/*
 * The least value of pad p that makes the output at least target: 1
 * when it is exactly target, and p then set to it.
 */
static int
fill(const char *const *args, size_t target, struct shape *s, int p)
{
	size_t	 lo = s->pad[p], hi, mid, got, step;

	for (step = 1;; step *= 2) {
		if (lo + step > PAD_MAX)
			return 0;
		s->pad[p] = lo + step;
		if ((got = size_of(args, s)) >= target)
			break;
		lo += step;
	}
	hi = lo + step;
	while (got != target && hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		s->pad[p] = mid;
		if ((got = size_of(args, s)) >= target)
			hi = mid;
		else
			lo = mid;
	}
	if (got == target)
		return 1;
	s->pad[p] = hi;
	return size_of(args, s) == target;
}

static size_t
gcd(size_t a, size_t b)
{
	while (b != 0) {
		size_t t = a % b;

		a = b;
		b = t;
	}
	return a;
}

/*
 * Makes the output exactly target bytes: from the largest count below
 * it, pads fill the gap: one that grows the output a byte a character,
 * or two whose steps add up to it, or one searched (a text whose step
 * changes, as an excerpt's).  When every step divides not the gap (as
 * where each text shows three times), from one fewer.  0 when nothing
 * reaches it.
 */
static int
exactly(const struct size_case *c, const char *const *args, size_t target,
    size_t from, struct shape *s)
{
	size_t	 base, step[PAD__MAX], gap, g, a, b;
	int	 tries, p, q;

	if (!below(c, args, target, from, s))
		return 0;
	for (tries = 0; tries < 8; tries++) {
		memset(s->pad, 0, sizeof(s->pad));
		if ((base = size_of(args, s)) == target)
			return 1;
		gap = target - base;
		for (g = 0, p = 0; p < PAD__MAX; p++) {
			s->pad[p] = 1;
			step[p] = size_of(args, s) - base;
			s->pad[p] = 0;
			g = gcd(g, step[p]);
		}
		if (g == 0 || gap % g != 0)
			goto fewer;
		/* Two pads, a steps of one and b of the other (b 0: one). */
		for (p = 0; p < PAD__MAX; p++)
			for (q = 0; q < PAD__MAX; q++) {
				if (step[p] == 0 || step[q] == 0)
					continue;
				for (b = 0; b < step[p] && b * step[q] <= gap &&
				    (b == 0 || p != q); b++) {
					if ((gap - b * step[q]) % step[p] != 0)
						continue;
					a = (gap - b * step[q]) / step[p];
					if (a + b > PAD_MAX)
						continue;
					memset(s->pad, 0, sizeof(s->pad));
					s->pad[p] = a;
					s->pad[q] += b;
					if (size_of(args, s) == target)
						return 1;
				}
			}
		/* One searched: its step is not the same all along. */
		for (p = 0; p < PAD__MAX; p++) {
			if (step[p] == 0)
				continue;
			memset(s->pad, 0, sizeof(s->pad));
			if (fill(args, target, s, p))
				return 1;
		}
fewer:
		memset(s->pad, 0, sizeof(s->pad));
		if (s->n[c->grow] <= 1)
			break;
		s->n[c->grow]--;
	}
	return 0;
}

/*
 * A count whose output is at least target, and not much more: on the
 * line through the two points known, a little past it.  Returns the
 * output's size; the last run's outcome in last (outcome_free it).
 */
static size_t
at_least(const struct size_case *c, const char *const *args,
    size_t target, struct shape *s, const struct point *p1,
    const struct point *p2, struct outcome *last)
{
	size_t	*k = &s->n[c->grow], got = p2->size;
	double	 per = p2->k > p1->k && p2->size > p1->size ?
		    (double)(p2->size - p1->size) / (double)(p2->k - p1->k) :
		    (double)p2->size / (double)p2->k;
	int	 i;

	memset(s->pad, 0, sizeof(s->pad));
	*k = p2->k;
	for (i = 0; i < 6 && got < target; i++) {
		*k += (size_t)((double)(target - got) / per * 1.005) + 1;
		outcome_free(last);
		make_data(args, s);
		run(args, TO_PIPE, timed(), last);
		got = last->outlen;
		per = (double)got / (double)*k;
	}
	return got;
}

/* The invariant of the format f's output, or NULL. */
static const char *
invariant(enum bp_format f, enum bp_cmd cmd, const char *out, size_t len)
{
	if (len == 0)
		return NULL;
	switch (f) {
	case BP_FORMAT_TEXT:
		/* Not what is not the comparison's: a script. */
		if (cmd == BP_CMD_INIT || cmd == BP_CMD_COMPLETION)
			return NULL;
		return inv_term(out, len, 10000, 0);
	case BP_FORMAT_MARKDOWN:
		return cmd == BP_CMD_DIFF ? inv_markdown_struck(out, len) :
		    inv_markdown(out, len);
	case BP_FORMAT_JSON:
		return inv_json(out, len);
	case BP_FORMAT_HTML:
		return inv_html(out, len);
	case BP_FORMAT_CSV:
		return inv_csv(out, len, 0);
	case BP_FORMAT_TSV:
		return inv_csv(out, len, 1);
	default:
		return NULL;
	}
}

/* Whether a destination applies to a command at a boundary. */
static int
applies(enum dest d, enum bp_cmd cmd, const struct boundary *b)
{
	if ((d == TO_O_PIPE || d == TO_O_TTY || d == TO_O_STDOUT) &&
	    cmd != BP_CMD_EXPORT)
		return 0;
	return b->all || d == TO_FILE || d == TO_O_PIPE;
}

/*
 * The output of args on shape s, to every destination: the same bytes,
 * messages and status as through a pipe (ref, when there was a run
 * already).  The pipe's output holds its format's invariants and the
 * memory bound.  what names the case.
 */
static void
everywhere(const struct size_case *c, const char *const *args,
    enum bp_format f, const struct shape *s, const struct boundary *b,
    const char *what, struct outcome *given)
{
	struct outcome	 ref, o;
	const char	*err;
	size_t		 insize;
	int		 d;

	insize = make_data(args, s);
	if (given != NULL && given->out != NULL) {
		ref = *given;
		given->out = given->err = NULL;
	} else
		run(args, TO_PIPE, timed(), &ref);
	if (ref.status != 0 && !(ref.status == 1 && c->cmd == BP_CMD_DIFF))
		failed("%s: exit %d: %.300s", what, ref.status, ref.err);
	/* Where the code changes (not 30 MiB, only big): the invariants. */
	if (b->all && (err = invariant(f, c->cmd, ref.out, ref.outlen)) !=
	    NULL)
		failed("%s: breaks an invariant: %s", what, err);
	if (ref.peak > 3 * insize + MEM_CONSTANT)
		failed("%s: a peak of %zu bytes, over 3 x %zu + %zu", what,
		    ref.peak, insize, MEM_CONSTANT);
	for (d = TO_FILE; d < TO__MAX; d++) {
		if (!applies((enum dest)d, c->cmd, b))
			continue;
		run(args, (enum dest)d, 0, &o);
		if (o.status != ref.status)
			failed("%s, to %s: exit %d, through a pipe %d: %.300s",
			    what, dest_names[d], o.status, ref.status, o.err);
		else if (o.outlen != ref.outlen || memcmp(o.out, ref.out,
		    o.outlen) != 0)
			failed("%s, to %s: %zu bytes, through a pipe %zu, "
			    "not the same", what, dest_names[d], o.outlen,
			    ref.outlen);
		else if (o.errlen != ref.errlen || memcmp(o.err, ref.err,
		    o.errlen) != 0)
			failed("%s, to %s: other messages: %.300s", what,
			    dest_names[d], o.err);
		else if (o.stdoutlen != 0 && (d == TO_O_PIPE || d == TO_O_TTY ||
		    d == TO_PAGER))
			failed("%s, to %s: %zu bytes on standard output too",
			    what, dest_names[d], o.stdoutlen);
		outcome_free(&o);
	}
	outcome_free(&ref);
}

/*
 * The largest boundary tested: BP_SIZES_UPTO bytes, for a slow build (a
 * sanitizer's) that runs the others; else all.
 */
static size_t
upto(void)
{
	const char	*v = getenv("BP_SIZES_UPTO");

	return v != NULL && *v != '\0' ? (size_t)strtoull(v, NULL, 10) :
	    SIZE_MAX;
}

/* Milliseconds since the first call, for BP_SIZES_VERBOSE. */
static long
clock_ms(void)
{
	static struct timespec	 t0;
	struct timespec		 t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	if (t0.tv_sec == 0)
		t0 = t;
	return (t.tv_sec - t0.tv_sec) * 1000 + (t.tv_nsec - t0.tv_nsec) /
	    1000000;
}

/* Every boundary for one command and format (f -1: it has none). */
static void
one_case(const struct size_case *c, int f)
{
	const char	*args[16];
	char		 what[512], fmt[32];
	struct shape	 s;
	struct point	 p1 = { 1, 0 }, p2 = { 1, 0 };
	struct outcome	 last = { 0 };
	size_t		 i, n = 0, bi, size, got, from;
	int		 delta, fixed = c->grow == K_NONE || (f >= 0 &&
			    (c->fixed & (1u << f)));

	for (i = 0; c->args[i] != NULL; i++)
		args[n++] = c->args[i];
	if (f >= 0) {
		snprintf(fmt, sizeof(fmt), "--format=%s", bp_formats[f]);
		args[n++] = fmt;
	}
	args[n] = NULL;
	memset(&s, 0, sizeof(s));
	for (bi = 0; bi < sizeof(boundaries) / sizeof(boundaries[0]); bi++) {
		const struct boundary *b = &boundaries[bi];

		if ((fixed && b->size > 0) || b->size > upto())
			break;
		for (delta = b->exact ? -1 : 0; delta <= (b->exact ? 1 : 0);
		    delta++) {
			size = b->size + (size_t)(ptrdiff_t)delta;
			snprintf(what, sizeof(what), "bpolpo");
			for (i = 0; args[i] != NULL; i++)
				snprintf(what + strlen(what), sizeof(what) -
				    strlen(what), " %s", args[i]);
			snprintf(what + strlen(what), sizeof(what) -
			    strlen(what), ", at %s%s (%zu bytes)", b->name,
			    delta < 0 ? " - 1" : delta > 0 ? " + 1" : "", size);
			if (b->size == 0) {
				memset(&s, 0, sizeof(s));
				p1.size = p2.size = size_of(args, &s);
			} else if (b->exact) {
				/* From the last count, or on the line to it. */
				from = p2.k > 1 || p2.size >= size ? p2.k :
				    (size_t)((double)size / (double)(p2.size +
				    1) * 0.95);
				if (!exactly(c, args, size, from, &s)) {
					failed("%s: no generated comparison "
					    "gives it", what);
					continue;
				}
				p2.k = s.n[c->grow];
				p2.size = size;
			} else {
				got = at_least(c, args, size, &s, &p1, &p2,
				    &last);
				if (got < size) {
					outcome_free(&last);
					failed("%s: the output stays below it, "
					    "at %zu bytes", what, got);
					continue;
				}
				p1 = p2;
				p2.k = s.n[c->grow];
				p2.size = got;
			}
			everywhere(c, args, (enum bp_format)(f >= 0 ? f : 0), &s,
			    b, what, &last);
			outcome_free(&last);
			if (getenv("BP_SIZES_VERBOSE") != NULL)
				fprintf(stderr, "%6.1f s  %s: a count of %zu\n",
				    (double)clock_ms() / 1000, what,
				    s.n[c->grow]);
		}
	}
}

/* Each case and format, shared among the workers. */
static void
size_cases(void **state)
{
	size_t	 i, k = 0;
	int	 seen[BP_CMD__MAX] = { 0 }, f, w, fd[2], st, bad = 0;
	pid_t	 pid[WORKERS];
	char	 msg[4096];
	ssize_t	 got;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		seen[cases[i].cmd] = 1;
	for (i = 0; i < BP_CMD__MAX; i++)
		if (!seen[i])
			fail_msg("command '%s' has no case in test_sizes.c",
			    bp_commands[i].name);
	assert_int_equal(pipe(fd), 0);
	for (w = 0; w < WORKERS; w++) {
		if ((pid[w] = fork()) != 0)
			continue;
		close(fd[0]);
		report = fdopen(fd[1], "w");
		snprintf(work, sizeof(work), "%s/w%d", top, w);
		mkdir(work, 0700);
		snprintf(data1, sizeof(data1), "%s/data.yaml", work);
		snprintf(data2, sizeof(data2), "%s/data2.yaml", work);
		for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
			const struct size_case *c = &cases[i];
			const char *only = getenv("BP_SIZES_ONLY");
			int any = 0;

			/* BP_SIZES_ONLY=CMD: that command's cases alone. */
			if (only != NULL && strcmp(only,
			    bp_commands[c->cmd].name) != 0)
				continue;

			for (f = 0; f < BP_FORMAT__MAX; f++) {
				if (!(bp_format_cmds(bp_commands, (enum bp_format)f) &
				    BP_IN(c->cmd)))
					continue;
				any = 1;
				if (k++ % WORKERS == (size_t)w)
					one_case(c, f);
			}
			if (!any && k++ % WORKERS == (size_t)w)
				one_case(c, -1);
		}
		fclose(report);
		_exit(failures > 0);
	}
	close(fd[1]);
	while ((got = read(fd[0], msg, sizeof(msg) - 1)) > 0) {
		msg[got] = '\0';
		fputs(msg, stderr);
		bad = 1;
	}
	close(fd[0]);
	for (w = 0; w < WORKERS; w++) {
		assert_true(waitpid(pid[w], &st, 0) == pid[w]);
		if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
			bad = 1;
	}
	if (bad)
		fail_msg("an output differs by where it goes, or at a size "
		    "(above)");
}

/* Lines of output: its newlines. */
static size_t
lines(const char *s, size_t len)
{
	size_t	 n = 0, i;

	for (i = 0; i < len; i++)
		n += s[i] == '\n';
	return n;
}

/*
 * The pager's own boundary, the screen's rows: on a terminal, output one
 * line shorter than the screen is written to it, output as tall or
 * taller is paged, and output longer than BP_BUF_FLUSH_AT is paged
 * however few its lines (it starts going out before its end is known).
 * Paged or not, the bytes are those a pipe gets.
 */
static void
pager_rows(void **state)
{
	static const char *const args[] = { "--data", "@FILE", "faq", NULL };
	static const char *const one[] = { "--data", "@FILE", "faq", "q0",
	    NULL };
	struct outcome	 ref, o;
	struct shape	 s;
	FILE		*fp;
	size_t		 rows = (size_t)atoi(SCREEN_ROWS), k, want;
	int		 found;

	(void)state;
	report = stderr;
	snprintf(work, sizeof(work), "%s/pager", top);
	mkdir(work, 0700);
	snprintf(data1, sizeof(data1), "%s/data.yaml", work);
	for (want = rows - 1; want <= rows + 1; want++) {
		memset(&s, 0, sizeof(s));
		for (found = 0, k = 1; k < 4 * rows && !found; k++) {
			s.n[K_FAQS] = k;
			make_data(args, &s);
			run(args, TO_PIPE, 0, &ref);
			found = lines(ref.out, ref.outlen) == want;
			if (!found)
				outcome_free(&ref);
		}
		if (!found)
			fail_msg("no faq list of %zu lines", want);
		run(args, TO_PAGER_AUTO, 0, &o);
		if (o.outlen != ref.outlen || memcmp(o.out, ref.out,
		    o.outlen) != 0)
			fail_msg("%zu lines on %s rows: not what a pipe gets",
			    want, SCREEN_ROWS);
		if (o.paged != (want >= rows) || o.stdoutlen != 0)
			fail_msg("%zu lines on %s rows: %s", want, SCREEN_ROWS,
			    want >= rows ? "not paged" : "paged");
		outcome_free(&o);
		outcome_free(&ref);
	}
	/*
	 * Few lines, many bytes: one answer of ten paragraphs, each one
	 * line of 7,000 columns: a file of its own, not the generator's.
	 */
	snprintf(data1, sizeof(data1), "%s/long.yaml", work);
	assert_non_null(fp = fopen(data1, "w"));
	fputs("format: 1\ntitle: T\nsummary: S\nsubjects:\n"
	    "  - {id: a, short: A, name: Alpha}\n"
	    "  - {id: b, short: B, name: Beta}\nfeatures:\n"
	    "  - {id: f, label: F, values: {a: x, b: y}}\nfaq:\n"
	    "  - id: q0\n    question: Q?\n    answer: |\n", fp);
	for (k = 0; k < 10; k++) {
		fputs(k > 0 ? "\n      " : "      ", fp);
		for (want = 0; want < 700; want++)
			fputs(want > 0 ? " Zebrazebra" : "Zebrazebra", fp);
		fputc('\n', fp);
	}
	assert_int_equal(fclose(fp), 0);
	run(one, TO_PIPE, 0, &ref);
	assert_int_equal(ref.status, 0);
	assert_true(ref.outlen > BP_BUF_FLUSH_AT);
	assert_true(lines(ref.out, ref.outlen) < rows);
	run(one, TO_PAGER_AUTO, 0, &o);
	assert_int_equal(o.outlen, ref.outlen);
	assert_memory_equal(o.out, ref.out, ref.outlen);
	if (!o.paged || o.stdoutlen != 0)
		fail_msg("%zu bytes in %zu lines: not paged", ref.outlen,
		    lines(ref.out, ref.outlen));
	outcome_free(&o);
	outcome_free(&ref);
}

static void
remove_tree(const char *dir)
{
	DIR		*d;
	struct dirent	*e;
	char		 path[PATH_MAX];

	if ((d = opendir(dir)) == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (unlink(path) < 0)
			remove_tree(path);
	}
	closedir(d);
	rmdir(dir);
}

static int
setup(void **state)
{
	(void)state;
	if (!inv_setup())
		return -1;
	snprintf(top, sizeof(top), "%s/bpolpo-sizes.XXXXXX",
	    getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	return mkdtemp(top) != NULL ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	remove_tree(top);
	return 0;
}

int
main(int argc, char *argv[])
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(pager_rows),
		cmocka_unit_test(size_cases),
	};
	struct shape	 s;
	int		 i;

	report = stderr;
	/* --generate KNOB=N... FILE: the comparison alone, to look at. */
	if (argc > 2 && strcmp(argv[1], "--generate") == 0) {
		memset(&s, 0, sizeof(s));
		for (i = 2; i < argc - 1; i++)
			s.n[atoi(argv[i])] = strtoul(strchr(argv[i], '=') + 1,
			    NULL, 10);
		return generate(argv[argc - 1], &s, 7) == 0 ? 0 : 1;
	}
	if ((bin = getenv("BP_BIN")) == NULL || getenv("BP_NO_SIZES") != NULL) {
		printf("skipped every case: %s\n[  PASSED  ] 0 tests\n",
		    bin == NULL ? "BP_BIN not set" : getenv("BP_NO_SIZES"));
		return 0;
	}
	if (upto() != SIZE_MAX)
		printf("skipped sizes: the boundaries over %zu bytes "
		    "(BP_SIZES_UPTO)\n", upto());
	return cmocka_run_group_tests(tests, setup, teardown);
}
