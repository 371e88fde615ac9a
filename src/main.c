/* bpolpo: the process: arguments and environment in, a command run, its output written, the exit status. */
#include <sys/ioctl.h>

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_output.h"
#include "base/bp_text.h"
#include "model/bp_data.h"
#include "model/bp_doc.h"
#include "model/bp_input.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"

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

/*
 * How a terminal's output is paged, or NULL for never: --paging=never,
 * JSON (for programs, even on a terminal), the version, what the table
 * does not page (check's report, a script), standard output not a
 * terminal, and no pager.  The pager is BPOLPO_PAGER, then PAGER, then
 * less; empty or "cat" means none.
 */
static const struct bp_paging *
pick_paging(const struct bp_args *a, const struct bp_opts *o,
    struct bp_paging *p)
{
	const char	*cmd;

	if (a->paging == BP_WHEN_NEVER || a->format == BP_FORMAT_JSON ||
	    a->version || !(bp_options[BP_OPT_PAGING].cmds &
	    BP_IN(a->help ? BP_CMD_HELP : a->cmd)) || !isatty(STDOUT_FILENO))
		return NULL;
	if ((cmd = getenv("BPOLPO_PAGER")) == NULL &&
	    (cmd = getenv("PAGER")) == NULL)
		cmd = "less";
	if (*cmd == '\0' || strcmp(cmd, "cat") == 0)
		return NULL;
	memset(p, 0, sizeof(*p));
	p->cmd = cmd;
	p->always = a->paging == BP_WHEN_ALWAYS;
	p->rows = screen_rows();
	p->color = o->color;
	p->links = o->hyperlinks;
	return p;
}

/* Whether the locale's name (LC_ALL, LC_CTYPE, LANG) says UTF-8. */
static int
utf8_named(void)
{
	const char	*v;

	if (((v = getenv("LC_ALL")) == NULL || *v == '\0') &&
	    ((v = getenv("LC_CTYPE")) == NULL || *v == '\0') &&
	    ((v = getenv("LANG")) == NULL || *v == '\0'))
		return 0;
	return strstr(v, "UTF-8") != NULL || strstr(v, "utf8") != NULL ||
	    strstr(v, "UTF8") != NULL || strstr(v, "utf-8") != NULL;
}

/*
 * Whether the terminal speaks UTF-8: the locale's name says so (whether
 * it loads or not: not installed, or no memory for it, it is what tmux
 * reads), else the codeset of the locale loaded.
 */
static int
utf8_terminal(void)
{
	const char	*codeset;

	if (utf8_named())
		return 1;
	codeset = nl_langinfo(CODESET);
	return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
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
	struct bp_output dest;
	struct bp_paging paging;
	struct bp_doc	*doc = NULL;
	struct bp_diags	 dg;
	int		 rc, keep, answer, trouble, tofile;

	/*
	 * Only what is used: the codeset (box drawing), which a locale named
	 * for UTF-8 has without being loaded (utf8_terminal()); strerror's
	 * language and characters are loaded when a message first needs
	 * them (bp_strerror()).  bpolpo's own text needs no locale.
	 */
	if (!utf8_named())
		setlocale(LC_CTYPE, "");
	/* cJSON allocates through bpolpo: out of memory is never "null". */
	cJSON_InitHooks(&(cJSON_Hooks){ bp_malloc, free });
	/* Past ulimit -f, a write fails (EFBIG) and is reported; no core dump. */
	signal(SIGXFSZ, SIG_IGN);
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
	/*
	 * Where the output goes, decided once: the file (export -o), else
	 * standard output, where a terminal's may be paged.  Into a pipe or
	 * a file a big answer goes out as it is made: memory stays that of
	 * the data, not data plus output.
	 */
	if (tofile)
		bp_output_file(&dest, a.output, 0);
	else
		bp_output_stdout(&dest, pick_paging(&a, &o, &paging));
	out.sink = &dest.sink;
	memset(&c, 0, sizeof(c));
	c.cmds = bp_commands;
	c.a = &a;
	c.o = &o;
	c.out = &out;
	c.output = &dest;
	c.dg = &dg;
	c.builtin = &bp_default_doc;

	rc = BP_EXIT_OK;
	if (a.version)
		bp_buf_puts(&out, "bpolpo " BP_VERSION "\n");
	else if (a.help && !a.havecmd)
		bp_help_all(&out, &o, bp_commands);
	else if (a.help && !(a.cmd == BP_CMD_HELP && a.npos == 1))
		bp_help_cmd(&out, &o, bp_commands, a.cmd);
	else if (!(bp_commands[a.cmd].flags & BP_CF_DATA))
		rc = bp_commands[a.cmd].run(&c);
	else {
		/* Every check that can fail runs before rendering. */
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
	 * failing to give it is trouble of another kind (diff: 2).  A file
	 * is written whole or not at all.
	 */
	answer = rc == BP_EXIT_FAIL && (out.len > 0 || dest.wrote) &&
	    (bp_commands[a.cmd].flags & BP_CF_ANSWER);
	keep = rc == BP_EXIT_OK || answer || (rc == BP_EXIT_FAIL &&
	    (out.len > 0 || dest.wrote) && a.format == BP_FORMAT_JSON);
	if (bp_output_close(&dest, &out, keep) != 0)
		rc = rc == BP_EXIT_OK || answer ? trouble : BP_EXIT_FAIL;
done:
	bp_diags_free(&dg);
	bp_buf_free(&out);
	bp_doc_free(doc);
	free(a.pos);
	free(a.answers);
	return rc;
}
