/* bpolpo: the process: arguments and environment in, a command run, its output written, the exit status. */
#include <sys/ioctl.h>
#include <sys/wait.h>

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_cli.h"
#include "bp_data.h"
#include "bp_diag.h"
#include "bp_doc.h"
#include "bp_input.h"
#include "bp_render.h"
#include "bp_text.h"

#ifndef BP_VERSION
#define BP_VERSION	"unknown"
#endif

#define DEFAULT_WIDTH	80

static long	env_number(const char *);
static size_t	screen_rows(void);

/* --width, else COLUMNS when a positive number, else the terminal, else 80. */
static size_t
pick_width(const struct bp_args *a)
{
	struct winsize	 ws;
	long		 v;

	if ((v = a->width) == 0)
		v = env_number("COLUMNS");
	if (v == 0 && isatty(STDOUT_FILENO) &&
	    ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		v = ws.ws_col;
	if (v == 0)
		v = DEFAULT_WIDTH;
	if (v < BP_MIN_WIDTH)
		v = BP_MIN_WIDTH;
	if (v > BP_MAX_WIDTH)
		v = BP_MAX_WIDTH;
	return (size_t)v;
}

/*
 * The width messages on standard error wrap to: the output's with
 * --width, else the terminal's when standard error is one; else 0, one
 * line each, for editors and grep to read.
 */
static size_t
message_width(const struct bp_args *a, size_t width)
{
	struct winsize	 ws;
	long		 v;

	if (a->width != 0)
		return width;
	if (!isatty(STDERR_FILENO))
		return 0;
	if ((v = env_number("COLUMNS")) == 0 &&
	    ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0)
		v = ws.ws_col;
	if (v <= 0)
		v = DEFAULT_WIDTH;
	return v < BP_MIN_WIDTH ? BP_MIN_WIDTH : v > BP_MAX_WIDTH ?
	    BP_MAX_WIDTH : (size_t)v;
}

/* A variable that forces color: set, and not "0" or "false". */
static int
forces(const char *name)
{
	const char	*v = getenv(name);

	return v != NULL && *v != '\0' && strcmp(v, "0") != 0 &&
	    strcmp(v, "false") != 0;
}

/*
 * --color wins; else NO_COLOR set and non-empty means none, and so does
 * FORCE_COLOR=0 or false (as Node's supports-color reads it); else
 * CLICOLOR_FORCE or FORCE_COLOR set, and not 0 or false, forces it (as
 * their own specs read them); else TERM=dumb means none; else color only
 * on a terminal.
 */
static int
pick_color(const struct bp_args *a, int fd)
{
	const char	*v;

	if (a->color != BP_WHEN_AUTO)
		return a->color == BP_WHEN_ALWAYS;
	if ((v = getenv("NO_COLOR")) != NULL && *v != '\0')
		return 0;
	if ((v = getenv("FORCE_COLOR")) != NULL && (strcmp(v, "0") == 0 ||
	    strcmp(v, "false") == 0))
		return 0;
	if (forces("CLICOLOR_FORCE") || forces("FORCE_COLOR"))
		return 1;
	if ((v = getenv("TERM")) != NULL && strcmp(v, "dumb") == 0)
		return 0;
	return isatty(fd);
}

/*
 * OSC 8 hyperlinks, as ls --hyperlink=auto has them: on a terminal
 * (and not TERM=dumb), in text output.  Terminals that do not know the
 * sequence ignore it, as ECMA-48 has them ignore any OSC.
 */
static int
pick_hyperlinks(const struct bp_args *a)
{
	const char	*v;

	if (a->format != BP_FORMAT_TEXT)
		return 0;
	if (a->hyperlinks != BP_WHEN_AUTO)
		return a->hyperlinks == BP_WHEN_ALWAYS;
	if ((v = getenv("TERM")) != NULL && strcmp(v, "dumb") == 0)
		return 0;
	return isatty(STDOUT_FILENO);
}

/* Whether the output holds a hyperlink (OSC 8), which less needs -R for. */
static int
has_link(const struct bp_buf *out)
{
	const char	*p, *end;

	if (out->len == 0)
		return 0;
	p = out->data;
	end = out->data + out->len;
	while (p < end &&
	    (p = memchr(p, '\033', (size_t)(end - p))) != NULL) {
		if (end - p >= 4 && memcmp(p, "\033]8;", 4) == 0)
			return 1;
		p++;
	}
	return 0;
}

/* A positive decimal number from the environment, or 0. */
static long
env_number(const char *name)
{
	const char	*env;
	char		*end;
	long		 v;

	if ((env = getenv(name)) == NULL || *env == '\0')
		return 0;
	errno = 0;
	v = strtol(env, &end, 10);
	return *end != '\0' || errno != 0 || v <= 0 ? 0 : v;
}

/* The screen's height, looked up as the width is: LINES, the terminal, 24. */
static size_t
screen_rows(void)
{
	struct winsize	 ws;
	long		 v;

	if ((v = env_number("LINES")) > 0)
		return (size_t)v;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0)
		return ws.ws_row;
	return 24;
}

/* Whether the pager command runs less, which -R teaches color. */
static int
less(const char *pager)
{
	size_t		 n = strcspn(pager, " \t");
	const char	*base;

	for (; n > 0 && pager[n - 1] != '/'; n--)
		;
	base = pager + n;
	return strncmp(base, LIT("less")) == 0 && (base[4] == '\0' ||
	    base[4] == ' ' || base[4] == '\t');
}

/*
 * Whether LESS (less's options, the first word's dash optional) lets
 * escapes through: -R or -r in a word of short options, or their long
 * names.  An option's own argument ("-Pprompt") may fool it into yes.
 */
static int
less_raw(const char *v)
{
	size_t	 n;

	for (v += strspn(v, " \t"); *v != '\0'; v += strspn(v, " \t")) {
		n = strcspn(v, " \t");
		if (strncmp(v, LIT("--")) == 0) {
			if ((n == sizeof("--raw-control-chars") - 1 &&
			    bp_ascii_ncasecmp(v, "--raw-control-chars", n) == 0))
				return 1;
		} else if (memchr(v, 'R', n) != NULL || memchr(v, 'r', n) !=
		    NULL)
			return 1;
		v += n;
	}
	return 0;
}

/*
 * The pager command for this output, or NULL for none: --paging=always,
 * or on a terminal when taller than the screen; BPOLPO_PAGER, then PAGER,
 * then less; empty or "cat" means none.
 */
static const char *
pick_pager(const struct bp_args *a, const struct bp_buf *out)
{
	const char	*p;
	size_t		 lines = 0, i;

	/*
	 * Only what the table pages (not check's report, a script, the
	 * version); JSON is for programs, even when it lands on a terminal.
	 */
	if (a->paging == BP_WHEN_NEVER || a->format == BP_FORMAT_JSON ||
	    a->version || !(bp_options[BP_OPT_PAGING].cmds &
	    BP_IN(a->help ? BP_CMD_HELP : a->cmd)) || !isatty(STDOUT_FILENO))
		return NULL;
	for (i = 0; i < out->len; i++)
		if (out->data[i] == '\n')
			lines++;
	if (a->paging != BP_WHEN_ALWAYS && lines < screen_rows())
		return NULL;
	if ((p = getenv("BPOLPO_PAGER")) == NULL &&
	    (p = getenv("PAGER")) == NULL)
		p = "less";
	if (*p == '\0' || strcmp(p, "cat") == 0)
		return NULL;
	return p;
}

/* What became of the pager. */
enum { PAGE_OK, PAGE_NOT_RUN, PAGE_FAILED };

/*
 * Runs the pager through /bin/sh -c, as git does, and feeds it the
 * output.  Returns PAGE_NOT_RUN when the pager could not be started (the
 * shell exits 126 or 127), so the caller prints the output itself, and
 * PAGE_FAILED, after saying so, when it failed: the reader may not have
 * seen it all.
 */
static int
page(const char *pager, const struct bp_buf *out, int color)
{
	struct sigaction	 ign, dfl, oldpipe, oldint, oldquit, oldchld;
	const char		*v;
	struct bp_buf		 less_r = BP_BUF_INIT;
	pid_t			 pid;
	int			 fd[2], status = 0;
	size_t			 off = 0;
	ssize_t			 n;

	if (pipe(fd) < 0)
		return PAGE_NOT_RUN;
	/* Started with SIGCHLD ignored, waitpid() could not tell us how it went. */
	memset(&dfl, 0, sizeof(dfl));
	dfl.sa_handler = SIG_DFL;
	sigaction(SIGCHLD, &dfl, &oldchld);
	/* less reads these; its own LESS wins when the user has one. */
	setenv("LESS", "FRX", 0);
	/* Color and links show as raw escapes in a less not told -R. */
	if (color && less(pager) && (v = getenv("LESS")) != NULL &&
	    !less_raw(v)) {
		bp_buf_printf(&less_r, "%s%s-R", v, *v ? " " : "");
		setenv("LESS", less_r.data, 1);
		bp_buf_free(&less_r);
	}
	fflush(stdout);
	if ((pid = fork()) < 0) {
		close(fd[0]);
		close(fd[1]);
		sigaction(SIGCHLD, &oldchld, NULL);
		return PAGE_NOT_RUN;
	}
	if (pid == 0) {
		dup2(fd[0], STDIN_FILENO);
		close(fd[0]);
		close(fd[1]);
		execl("/bin/sh", "sh", "-c", pager, (char *)NULL);
		_exit(127);
	}
	close(fd[0]);
	/* The pager owns the terminal now: ^C is its business, not ours. */
	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &ign, &oldpipe);
	sigaction(SIGINT, &ign, &oldint);
	sigaction(SIGQUIT, &ign, &oldquit);
	while (off < out->len) {
		n = write(fd[1], out->data + off, out->len - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;	/* the pager quit early: fine */
		off += (size_t)n;
	}
	close(fd[1]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	sigaction(SIGPIPE, &oldpipe, NULL);
	sigaction(SIGINT, &oldint, NULL);
	sigaction(SIGQUIT, &oldquit, NULL);
	sigaction(SIGCHLD, &oldchld, NULL);
	if (WIFEXITED(status) && (WEXITSTATUS(status) == 126 ||
	    WEXITSTATUS(status) == 127)) {
		bp_warnx("cannot run pager '%s'; printing without it", pager);
		return PAGE_NOT_RUN;
	}
	/* A reader who quits early or presses ^C has seen what they wanted. */
	if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
		bp_warnx("pager '%s' exited with status %d", pager,
		    WEXITSTATUS(status));
		return PAGE_FAILED;
	}
	if (WIFSIGNALED(status) && WTERMSIG(status) != SIGPIPE &&
	    WTERMSIG(status) != SIGINT) {
		bp_warnx("pager '%s' was killed by signal %d", pager,
		    WTERMSIG(status));
		return PAGE_FAILED;
	}
	return PAGE_OK;
}

/* Writes the buffer to stdout; a reader that went away is not an error. */
static int
write_out(struct bp_buf *out)
{
	int	 failed;

	if (out->len > 0 && out->error == 0 &&
	    fwrite(out->data, 1, out->len, stdout) != out->len)
		out->error = errno;
	failed = out->error != 0 || fflush(stdout) != 0 || ferror(stdout);
	if (fclose(stdout) != 0)
		failed = 1;
	if (!failed)
		return BP_EXIT_OK;
	if (out->error != 0)
		errno = out->error;
	/* Only when SIGPIPE is ignored: by default a closed pipe ends us, as git. */
	if (errno == EPIPE)
		return BP_EXIT_OK;
	bp_warnx("write error: %s", strerror(errno));
	return BP_EXIT_FAIL;
}

/*
 * Whether the terminal speaks UTF-8: the locale's codeset says so, or,
 * when the locale could not be loaded (not installed, or no memory for
 * it), its name does, as tmux reads it.
 */
static int
utf8_terminal(void)
{
	const char	*v, *codeset = nl_langinfo(CODESET);

	if (codeset != NULL && strcmp(codeset, "UTF-8") == 0)
		return 1;
	if (setlocale(LC_CTYPE, NULL) != NULL &&
	    strcmp(setlocale(LC_CTYPE, NULL), "C") != 0 &&
	    strcmp(setlocale(LC_CTYPE, NULL), "POSIX") != 0)
		return 0;	/* a locale that loaded, not in UTF-8 */
	if (((v = getenv("LC_ALL")) == NULL || *v == '\0') &&
	    ((v = getenv("LC_CTYPE")) == NULL || *v == '\0') &&
	    ((v = getenv("LANG")) == NULL || *v == '\0'))
		return 0;
	return strstr(v, "UTF-8") != NULL || strstr(v, "utf8") != NULL ||
	    strstr(v, "UTF8") != NULL || strstr(v, "utf-8") != NULL;
}

/*
 * Loads the data the command reads: check's FILE, else --data, else
 * BPOLPO_DATA, else the built-in comparison.  Returns 0 when it could
 * not be read, after saying why.
 */
static int
data(const struct bp_args *a, struct bp_diags *dg, struct bp_doc **doc)
{
	const char	*path = a->data;

	if (a->cmd == BP_CMD_CHECK && a->npos == 1)
		path = a->pos[0];
	if (path == NULL && (path = getenv("BPOLPO_DATA")) != NULL &&
	    *path == '\0')
		path = NULL;
	return bp_input(path, a->cmd == BP_CMD_CHECK, a->maxerrors, dg, doc);
}

int
main(int argc, char **argv)
{
	struct bp_args	 a;
	struct bp_opts	 o;
	struct bp_ctx	 c;
	struct bp_buf	 out = BP_BUF_INIT;
	struct bp_doc	*doc = NULL;
	struct bp_diags	 dg;
	const char	*pager;
	int		 rc, paged, answer, trouble, tofile;

	/* Only what is used: the codeset (box drawing) and strerror's language. */
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	/* cJSON allocates through bpolpo: out of memory is never "null". */
	cJSON_InitHooks(&(cJSON_Hooks){ bp_malloc, free });
	memset(&dg, 0, sizeof(dg));
	if ((rc = bp_parse_args(argc, argv, bp_commands, &a)) >= 0)
		goto done;

	trouble = bp_cmd_trouble(&bp_commands[a.cmd]);
	memset(&o, 0, sizeof(o));
	o.width = pick_width(&a);
	bp_warn_width(message_width(&a, o.width));
	o.layout = a.layout;
	/* Box drawing and bullets need a UTF-8 terminal. */
	o.ascii = a.ascii || !utf8_terminal();
	/* Into a file (export -o), auto means none: it is not a terminal. */
	tofile = a.output != NULL && strcmp(a.output, "-") != 0;
	o.color = a.format == BP_FORMAT_TEXT && (tofile ?
	    a.color == BP_WHEN_ALWAYS : pick_color(&a, STDOUT_FILENO));
	o.ask_color = pick_color(&a, STDERR_FILENO);
	o.hyperlinks = tofile ? a.format == BP_FORMAT_TEXT &&
	    a.hyperlinks == BP_WHEN_ALWAYS : pick_hyperlinks(&a);
	/* Questions wrap to the terminal that shows them: standard error's. */
	o.ask_width = message_width(&a, o.width);
	if (o.ask_width == 0)
		o.ask_width = o.width;
	o.compact = a.compact;
	o.data = a.data;
	memset(&c, 0, sizeof(c));
	c.a = &a;
	c.o = &o;
	c.out = &out;
	c.dg = &dg;

	rc = BP_EXIT_OK;
	if (a.version)
		bp_buf_puts(&out, "bpolpo " BP_VERSION "\n");
	else if (a.help && !a.havecmd)
		bp_help_all(&out, &o, bp_commands);
	else if (a.help && !(a.cmd == BP_CMD_HELP && a.npos == 1))
		bp_help_cmd(&out, &o, bp_commands, a.cmd);
	else if (!(bp_commands[a.cmd].flags & BP_CF_DATA)) {
		/* diff's changes, as big as its files: streamed, as below. */
		if ((bp_commands[a.cmd].flags & BP_CF_ANSWER) &&
		    !isatty(STDOUT_FILENO))
			out.sink = stdout;
		rc = bp_commands[a.cmd].run(&c);
	}
	else {
		/*
		 * Into a pipe or a file (never paged), a big answer goes out as
		 * it is made: memory stays that of the data, not data plus
		 * output.  Every check that can fail has run before rendering.
		 */
		if (!isatty(STDOUT_FILENO))
			out.sink = stdout;
		if (!data(&a, &dg, &doc))
			rc = BP_EXIT_FAIL;
		else if (a.cmd == BP_CMD_CHECK)
			rc = bp_commands[a.cmd].run(&c);
		else {
			bp_diags_print(&dg);
			if (dg.nerrors > 0)
				rc = BP_EXIT_FAIL;
			else {
				/* No document: the one loaded at build time. */
				c.doc = doc != NULL ? doc : &bp_default_doc;
				rc = bp_commands[a.cmd].run(&c);
			}
		}
	}

	/*
	 * A failed command prints nothing on standard output, not half an
	 * answer, but for what is its answer: check's report, diff's changes,
	 * and JSON that says a look-up found nothing.  Where 1 is an answer,
	 * failing to give it is trouble of another kind (diff: 2).
	 */
	answer = rc == BP_EXIT_FAIL && out.len > 0 &&
	    (bp_commands[a.cmd].flags & BP_CF_ANSWER);
	if (rc == BP_EXIT_FAIL && out.len > 0 && !answer &&
	    a.format == BP_FORMAT_JSON) {
		if (write_out(&out) != BP_EXIT_OK)
			rc = BP_EXIT_FAIL;
	} else if (rc == BP_EXIT_OK || answer) {
		/* After questions on the terminal, the answer follows them. */
		paged = !c.nopage && (pager = pick_pager(&a, &out)) != NULL ?
		    page(pager, &out, o.color || (o.hyperlinks &&
		    has_link(&out))) : PAGE_NOT_RUN;
		if ((paged == PAGE_NOT_RUN ? write_out(&out) : paged == PAGE_OK ?
		    BP_EXIT_OK : BP_EXIT_FAIL) != BP_EXIT_OK)
			rc = trouble;
	}
done:
	bp_diags_free(&dg);
	bp_buf_free(&out);
	bp_doc_free(doc);
	free(a.pos);
	free(a.answers);
	return rc;
}
