/* bpolpo: options and environment in, one rendered buffer out, and the exit status. */
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <stdint.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_data.h"
#include "bp_diag.h"
#include "bp_doc.h"
#include "bp_lookup.h"
#include "bp_render.h"
#include "bp_suggest.h"
#include "bp_text.h"

#ifndef BP_VERSION
#define BP_VERSION	"unknown"
#endif

#define DEFAULT_WIDTH	80
#define MAX_WIDTH	10000
#define MAX_TERM	4096	/* bytes of a search term: a phrase, not a page */
#define MAX_TERM_S	"4096"
#define INPUT_LIMIT	(64UL * 1024 * 1024)	/* far beyond any real comparison */
#define BUILTIN_NAME	"(built-in)"
#define STDIN_NAME	"(stdin)"

/* Documented in bpolpo(1), EXIT STATUS. */
enum bp_exit {
	BP_EXIT_OK = 0,
	BP_EXIT_FAIL = 1,	/* not found, bad data, unreadable file, write error */
	BP_EXIT_USAGE = 2
};

enum cmd_id {
	CMD_OVERVIEW,
	CMD_COMPARE,
	CMD_VERDICT,
	CMD_FAQ,
	CMD_SHOW,
	CMD_SOURCES,
	CMD_SEARCH,
	CMD_CHECK,
	CMD_DUMP,
	CMD_COMPLETION,
	CMD_HELP,
	CMD__MAX
};

struct cmd {
	const char	*name;
	const char	*args;		/* synopsis after the name */
	size_t		 maxargs;	/* SIZE_MAX: any number */
	const char	*summary;	/* one line, for --help and the overview */
	const char	*help;		/* a paragraph for "help CMD" */
	const char	*example;
	const char	*options;	/* the options that matter most here */
};

static const struct cmd cmds[CMD__MAX] = {
	[CMD_OVERVIEW] = { "", "", 0,
	    "Overview: title, quick verdict and commands",
	    "Print the title, the date, the quick verdict and the commands.",
	    "bpolpo",
	    "--data --width --format --color" },
	[CMD_COMPARE] = { "compare", "", 0,
	    "Feature-by-feature table",
	    "Print the feature table: one row per feature, one column per "
	    "subject, and an edge column that names the subject with the "
	    "edge or says Tie.  Cells wrap inside their column; on a narrow "
	    "screen each feature is printed as a block instead.  --rows "
	    "ID,ID... shows only those features, in that order.",
	    "bpolpo compare --width 100",
	    "--rows --layout --ids --width --ascii --format --color" },
	[CMD_VERDICT] = { "verdict", "", 0,
	    "Quick verdict and when to choose each subject",
	    "Print the quick verdict, then each subject's \"Choose ... if\" "
	    "list.",
	    "bpolpo verdict",
	    "--width --ascii --format --color" },
	[CMD_FAQ] = { "faq", "[QUERY...]", SIZE_MAX,
	    "List the questions, or answer one",
	    "Without QUERY, list the questions, numbered, each with its id.  "
	    "With QUERY, print that question, its answer and its sources.  "
	    "QUERY is an id (any case), a number from the list, or words that "
	    "begin words of the question.  Several matching questions are "
	    "listed on standard error.",
	    "bpolpo faq upl",
	    "--ids --width --format --color" },
	[CMD_SHOW] = { "show", "[ID]", 1,
	    "List the sections, or print one",
	    "Without ID, list the prose sections with their ids and titles.  "
	    "With ID (any case), print that section and its sources.",
	    "bpolpo show compliance",
	    "--ids --width --format --color" },
	[CMD_SOURCES] = { "sources", "", 0,
	    "Cited sources",
	    "Print the cited sources, numbered, with publisher and URL.  The "
	    "numbers are the ones faq and show print.",
	    "bpolpo sources",
	    "--width --format" },
	[CMD_SEARCH] = { "search", "TERM...", SIZE_MAX,
	    "Find words anywhere in the comparison",
	    "Print every item (a feature, a question, a section, a source, "
	    "the summary...) that holds all the TERMs, in any of its texts, "
	    "with an excerpt around each match and the command that shows "
	    "the item whole.  Case is folded; a TERM with spaces (quote it) "
	    "matches as a phrase.  Nothing found exits 1.",
	    "bpolpo search 'attorney supervision'",
	    "--width --format --color" },
	[CMD_CHECK] = { "check", "[FILE]", 1,
	    "Validate a data file and report every problem",
	    "Read FILE ('-': standard input), or the data in use, and report "
	    "every problem on standard error as FILE:LINE:COL: error: or "
	    "warning: and a message, then a count on standard output.  Exit 0 "
	    "when there is no error, 1 otherwise.  With --json the problems "
	    "and the count are one document on standard output.",
	    "bpolpo check mine.yaml",
	    "--max-errors --json --compact" },
	[CMD_DUMP] = { "dump", "", 0,
	    "The whole comparison as JSON",
	    "Print the whole comparison as one JSON document: the same keys "
	    "and values as the data file, key for key, in the file's order. "
	    "This is its only format; --compact prints it on one line.",
	    "bpolpo dump --compact | jq -r '.features[].label'",
	    "--compact --data" },
	[CMD_COMPLETION] = { "completion", "SHELL", 1,
	    "A completion script for bash, zsh or fish",
	    "Print a script that completes bpolpo's commands, options, option "
	    "values and the ids that commands take (asking bpolpo for them, "
	    "so a --data file completes too) in SHELL: bash, zsh or fish.  "
	    "'make install' puts them where each shell looks.",
	    "source <(bpolpo completion bash)",
	    "" },
	[CMD_HELP] = { "help", "[COMMAND]", 1,
	    "Help on a command",
	    "Print help on COMMAND, or on bpolpo as a whole.",
	    "bpolpo help faq",
	    "--width" },
};

static const char *const option_names[] = {
	"--data", "--width", "--format", "--markdown", "--json", "--compact",
	"--layout", "--rows", "--ascii", "--color", "--no-pager", "--ids",
	"--max-errors", "--help", "--version",
};

static const char *const layout_names[BP_LAYOUT__MAX] = {
	"auto",		/* BP_LAYOUT_AUTO */
	"table",	/* BP_LAYOUT_TABLE */
	"stacked",	/* BP_LAYOUT_STACKED */
};

enum color_when {
	COLOR_AUTO,	/* the environment and the terminal decide */
	COLOR_ALWAYS,
	COLOR_NEVER,
	COLOR__MAX
};

static const char *const color_names[COLOR__MAX] = {
	"auto",		/* COLOR_AUTO */
	"always",	/* COLOR_ALWAYS */
	"never",	/* COLOR_NEVER */
};

enum format {
	FORMAT_TEXT,
	FORMAT_MARKDOWN,
	FORMAT_JSON,
	FORMAT__MAX
};

static const char *const format_names[FORMAT__MAX] = {
	"text",		/* FORMAT_TEXT */
	"markdown",	/* FORMAT_MARKDOWN */
	"json",		/* FORMAT_JSON */
};

struct args {
	enum cmd_id	 cmd;
	char		**pos;		/* arguments after the command */
	size_t		 npos;
	const char	*data;		/* --data, or NULL */
	long		 width;		/* --width, or 0 */
	int		 ascii;
	enum bp_layout	 layout;
	enum color_when	 color;
	enum format	 format;
	const char	*rows;		/* --rows, or NULL */
	int		 compact;
	int		 ids;		/* --ids: one id a line, for completion */
	long		 maxerrors;	/* --max-errors, or -1 */
	int		 nopager;
	int		 help;
	int		 version;
};

/* Writes s to stderr with any control characters made visible. */
static void
put_safe(const char *s)
{
	struct bp_buf	 b = BP_BUF_INIT;

	bp_text_safe_line(&b, s, strlen(s));
	if (b.len > 0)
		fwrite(b.data, 1, b.len, stderr);
	bp_buf_free(&b);
}

static void
usage_short(FILE *fp)
{
	fputs("Usage: bpolpo [OPTIONS] [COMMAND [ARGS]]\n"
	    "Try 'bpolpo --help' for more information.\n", fp);
}

/*
 * Reports a usage error: "bpolpo: what 'arg'", the nearest of names if
 * any is near, and the short usage.  Returns the exit status.
 */
static int
usage_suggest(const char *what, const char *arg, const char *const *names,
    size_t n)
{
	struct bp_buf	 hint = BP_BUF_INIT;

	fprintf(stderr, "bpolpo: %s", what);
	if (arg != NULL) {
		fputs(" '", stderr);
		put_safe(arg);
		fputc('\'', stderr);
		if (bp_suggest(&hint, arg, names, n) > 0)
			fputs(hint.data, stderr);
	}
	fputc('\n', stderr);
	usage_short(stderr);
	bp_buf_free(&hint);
	return BP_EXIT_USAGE;
}

/*
 * Reports "bpolpo: what 'arg'" and either the nearest of names or the
 * command that lists them all (bpolpo with args, on the same data).
 */
static void
not_found(const char *what, const char *arg, const char *const *names,
    size_t n, const char *data, const char *args)
{
	struct bp_buf	 hint = BP_BUF_INIT;

	fprintf(stderr, "bpolpo: %s '", what);
	put_safe(arg);
	fputc('\'', stderr);
	if (bp_suggest(&hint, arg, names, n) > 0)
		fputs(hint.data, stderr);
	else {
		bp_command(&hint, data, args);
		fputs("; '", stderr);
		put_safe(hint.data);
		fputs("' lists them", stderr);
	}
	fputc('\n', stderr);
	bp_buf_free(&hint);
}

/* A usage error about a command name, with the nearest real ones. */
static int
unknown_command(const char *what, const char *arg)
{
	const char	*names[CMD__MAX];
	size_t		 i;

	for (i = 0; i < CMD__MAX; i++)
		names[i] = i == CMD_OVERVIEW ? NULL : cmds[i].name;
	return usage_suggest(what, arg, names, CMD__MAX);
}

/* Reports a usage error: "bpolpo: what 'arg'" and the short usage. */
static int
usage_error(const char *what, const char *arg)
{
	return usage_suggest(what, arg, NULL, 0);
}

/* The global options, for --help. */
static const struct bp_cmdinfo options_help[] = {
	{ "--data FILE", "Read the comparison from FILE ('-': standard input)" },
	{ "-w, --width N", "Wrap output to N columns (20 to 10000)" },
	{ "--format FORMAT", "Output format: text, markdown or json" },
	{ "--markdown", "Same as --format markdown" },
	{ "--json", "Same as --format json: one JSON document" },
	{ "--compact", "JSON on one line" },
	{ "--layout MODE", "Feature table layout: auto, table or stacked" },
	{ "--rows IDS", "compare: only these features (comma-separated ids)" },
	{ "--ascii", "Draw tables and bullets with ASCII only" },
	{ "--color[=WHEN]", "Color: auto (the default), always or never" },
	{ "--no-pager", "Do not page long output on a terminal" },
	{ "--ids", "compare, faq, show: only the ids, one a line" },
	{ "--max-errors N", "check: show at most N problems (default 100; 0: all)" },
	{ "-h, --help", "Show this help, or a command's, and exit" },
	{ "-V, --version", "Show the version and exit" },
};

static void
help_all(struct bp_buf *out, const struct bp_opts *o)
{
	struct bp_cmdinfo	 list[CMD__MAX];
	char			 names[CMD__MAX][64];
	size_t			 i;

	for (i = 0; i < CMD__MAX; i++) {
		snprintf(names[i], sizeof(names[i]), "%s%s%s",
		    i == CMD_OVERVIEW ? "(none)" : cmds[i].name,
		    *cmds[i].args ? " " : "", cmds[i].args);
		list[i].name = names[i];
		list[i].summary = cmds[i].summary;
	}
	bp_term_text(out, o, "Usage: bpolpo [OPTIONS] [COMMAND [ARGS]]", 40);
	bp_buf_putc(out, '\n');
	bp_term_text(out, o, "View a comparison of two or more subjects in "
	    "the terminal: its feature table, verdict, questions, sections "
	    "and sources.", SIZE_MAX);
	bp_buf_putc(out, '\n');
	bp_term_list(out, o, "Commands:", list, CMD__MAX);
	bp_buf_putc(out, '\n');
	bp_term_list(out, o, "Options:", options_help,
	    sizeof(options_help) / sizeof(options_help[0]));
	bp_buf_putc(out, '\n');
	bp_term_text(out, o, "Environment: BPOLPO_DATA names the data file; "
	    "COLUMNS sets the width and LINES the height; BPOLPO_PAGER or PAGER "
	    "the pager; NO_COLOR turns color off, CLICOLOR_FORCE or FORCE_COLOR "
	    "on; TERM=dumb means no color.", SIZE_MAX);
	bp_term_text(out, o, "Exit status: 0 success, 1 not found or bad "
	    "data, 2 usage error.", SIZE_MAX);
	bp_term_text(out, o, "See bpolpo(1) and, for the data format, "
	    "bpolpo(5).", SIZE_MAX);
}

/* Whether the long option in name ("-w, --width N") is among the words of list. */
static int
option_listed(const char *list, const char *name)
{
	const char	*l = strstr(name, "--"), *p;
	size_t		 n, w;

	if (l == NULL)
		return 0;
	n = strcspn(l, " [=");
	for (p = list; *p != '\0'; p += w + strspn(p + w, " ")) {
		w = strcspn(p, " ");
		if (w == n && strncmp(p, l, n) == 0)
			return 1;
	}
	return 0;
}

static void
help_cmd(struct bp_buf *out, const struct bp_opts *o, enum cmd_id c)
{
	struct bp_buf	 line = BP_BUF_INIT;

	bp_buf_printf(&line, "Usage: bpolpo [OPTIONS] %s%s%s", cmds[c].name,
	    *cmds[c].args ? " " : "", cmds[c].args);
	bp_term_text(out, o, line.data, line.len);
	bp_buf_putc(out, '\n');
	bp_term_text(out, o, cmds[c].help, SIZE_MAX);
	if (*cmds[c].options != '\0') {
		struct bp_cmdinfo	 list[sizeof(options_help) /
					     sizeof(options_help[0])];
		size_t			 i, n = 0;

		/* "--rows" finds "--rows IDS"; "--width" finds "-w, --width N". */
		for (i = 0; i < sizeof(options_help) / sizeof(options_help[0]);
		    i++)
			if (option_listed(cmds[c].options, options_help[i].name))
				list[n++] = options_help[i];
		bp_buf_putc(out, '\n');
		bp_term_list(out, o, "Options:", list, n);
	}
	bp_buf_putc(out, '\n');
	bp_term_text(out, o, "Example:", SIZE_MAX);
	bp_term_indented(out, o, 2, cmds[c].example);
	bp_buf_free(&line);
}

static int
find_cmd(const char *name, enum cmd_id *out)
{
	size_t	 i;

	for (i = 0; i < CMD__MAX; i++)
		if (i != CMD_OVERVIEW && strcmp(cmds[i].name, name) == 0) {
			*out = (enum cmd_id)i;
			return 1;
		}
	return 0;
}

/*
 * If arg is the long option name ("--width" or "--width=N"), sets *val to
 * its value, taken from the next argument when not attached, and returns
 * 1; returns -1 when the value is missing, 0 when arg is another option.
 */
static int
opt_value(const char *name, char **argv, int argc, int *i, const char **val)
{
	size_t	 n = strlen(name);

	if (strncmp(argv[*i], name, n) != 0)
		return 0;
	if (argv[*i][n] == '=') {
		*val = argv[*i] + n + 1;
		return 1;
	}
	if (argv[*i][n] != '\0')
		return 0;
	if (*i + 1 >= argc)
		return -1;
	*val = argv[++*i];
	return 1;
}

static int
parse_width(const char *s, long *out)
{
	char	*end;
	long	 v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || v < BP_MIN_WIDTH ||
	    v > MAX_WIDTH)
		return 0;
	*out = v;
	return 1;
}

/*
 * Sets *out to the index of val in names[], or reports a usage error
 * that lists the names.  Returns -1 on success, else the exit status.
 */
static int
name_index(const char *val, const char *const *names, size_t n)
{
	size_t	 k;

	for (k = 0; k < n; k++)
		if (strcmp(val, names[k]) == 0)
			return (int)k;
	return -1;
}

static int
pick_name(const char *opt, const char *val, const char *const *names,
    size_t n, int *out)
{
	struct bp_buf	 msg = BP_BUF_INIT;
	size_t		 k;
	int		 rc;

	if ((*out = name_index(val, names, n)) >= 0)
		return -1;
	bp_buf_printf(&msg, "%s needs ", opt);
	for (k = 0; k < n; k++)
		bp_buf_printf(&msg, "%s%s", k == 0 ? "" : k + 1 == n ?
		    " or " : ", ", names[k]);
	bp_buf_puts(&msg, ", not");
	rc = usage_error(msg.data, val);
	bp_buf_free(&msg);
	return rc;
}

/* Fills a from argv; options may stand anywhere.  Returns an exit status or -1 to go on. */
static int
parse_args(int argc, char **argv, struct args *a)
{
	const char	*val;
	int		 i, r, k, dashdash = 0, havecmd = 0;

	memset(a, 0, sizeof(*a));
	a->maxerrors = -1;
	a->pos = bp_calloc((size_t)argc, sizeof(*a->pos));
	for (i = 1; i < argc; i++) {
		const char *arg = argv[i];

		if (dashdash || arg[0] != '-' || strcmp(arg, "-") == 0) {
			if (!havecmd) {
				if (!find_cmd(arg, &a->cmd))
					return unknown_command("unknown command",
					    arg);
				havecmd = 1;
			} else
				a->pos[a->npos++] = argv[i];
			continue;
		}
		if (strcmp(arg, "--") == 0) {
			dashdash = 1;
		} else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
			a->help = 1;
		} else if (strcmp(arg, "-V") == 0 ||
		    strcmp(arg, "--version") == 0) {
			a->version = 1;
		} else if (strcmp(arg, "--ascii") == 0) {
			a->ascii = 1;
		} else if (strcmp(arg, "--no-pager") == 0) {
			a->nopager = 1;
		} else if (strcmp(arg, "--ids") == 0) {
			a->ids = 1;
		} else if (strcmp(arg, "--markdown") == 0) {
			a->format = FORMAT_MARKDOWN;
		} else if (strcmp(arg, "--json") == 0) {
			a->format = FORMAT_JSON;
		} else if (strcmp(arg, "--compact") == 0) {
			a->compact = 1;
		} else if (strcmp(arg, "--color") == 0) {
			/* Bare, as in ls(1): always; a WHEN may follow. */
			a->color = COLOR_ALWAYS;
			if (i + 1 < argc && (k = name_index(argv[i + 1],
			    color_names, COLOR__MAX)) >= 0) {
				a->color = (enum color_when)k;
				i++;
			}
		} else if (opt_value("--color", argv, argc, &i, &val) > 0) {
			if ((r = pick_name("--color", val, color_names,
			    COLOR__MAX, &k)) >= 0)
				return r;
			a->color = (enum color_when)k;
		} else if ((r = opt_value("--data", argv, argc, &i, &val)) != 0) {
			if (r < 0 || *val == '\0')
				return usage_error("--data needs a file name",
				    NULL);
			a->data = val;
		} else if ((r = opt_value("--rows", argv, argc, &i, &val)) != 0) {
			if (r < 0 || *val == '\0')
				return usage_error("--rows needs feature ids",
				    NULL);
			a->rows = val;
		} else if ((r = opt_value("--width", argv, argc, &i, &val)) != 0 ||
		    (r = opt_value("-w", argv, argc, &i, &val)) != 0) {
			if (r < 0)
				return usage_error("--width needs a value",
				    NULL);
			if (!parse_width(val, &a->width))
				return usage_error("--width needs a number "
				    "from 20 to 10000, not", val);
		} else if ((r = opt_value("--max-errors", argv, argc, &i,
		    &val)) != 0) {
			char	*end;

			if (r < 0)
				return usage_error("--max-errors needs a number",
				    NULL);
			errno = 0;
			a->maxerrors = strtol(val, &end, 10);
			if (*val < '0' || *val > '9' || *end != '\0' ||
			    errno != 0 || a->maxerrors < 0)
				return usage_error("--max-errors needs a number "
				    "from 0 up, not", val);
		} else if ((r = opt_value("--layout", argv, argc, &i, &val)) != 0) {
			if (r < 0)
				return usage_error("--layout needs a value",
				    NULL);
			if ((r = pick_name("--layout", val, layout_names,
			    BP_LAYOUT__MAX, &k)) >= 0)
				return r;
			a->layout = (enum bp_layout)k;
		} else if ((r = opt_value("--format", argv, argc, &i, &val)) != 0) {
			if (r < 0)
				return usage_error("--format needs a value",
				    NULL);
			if ((r = pick_name("--format", val, format_names,
			    FORMAT__MAX, &k)) >= 0)
				return r;
			a->format = (enum format)k;
		} else {
			/* Suggest from the option's name, without "=value". */
			char	 name[64];

			snprintf(name, sizeof(name), "%.*s",
			    (int)strcspn(arg, "="), arg);
			return usage_suggest("unknown option", name,
			    option_names, sizeof(option_names) /
			    sizeof(option_names[0]));
		}
	}
	if (!havecmd)
		a->cmd = CMD_OVERVIEW;
	if (!a->help && a->npos > cmds[a->cmd].maxargs) {
		fprintf(stderr, "bpolpo: too many arguments for '%s'\n",
		    a->cmd == CMD_OVERVIEW ? "bpolpo" : cmds[a->cmd].name);
		usage_short(stderr);
		return BP_EXIT_USAGE;
	}
	if (a->cmd == CMD_SEARCH && !a->help) {
		size_t	 t;

		if (a->npos == 0)
			return usage_error("search needs a term", NULL);
		for (t = 0; t < a->npos; t++) {
			if (!bp_utf8_valid(a->pos[t], strlen(a->pos[t])))
				return usage_error("search terms must be UTF-8 "
				    "text, not", a->pos[t]);
			if (strlen(a->pos[t]) > MAX_TERM)
				return usage_error("search terms are at most "
				    MAX_TERM_S " bytes long", NULL);
			if (a->pos[t][strspn(a->pos[t], " \t")] == '\0')
				return usage_error("search needs words, not",
				    a->pos[t]);
		}
	}
	if (a->cmd == CMD_DUMP && a->format == FORMAT_MARKDOWN)
		return usage_error("dump prints JSON only, not", "markdown");
	if (a->ids && a->cmd != CMD_COMPARE && a->cmd != CMD_FAQ &&
	    a->cmd != CMD_SHOW && !a->help && !a->version &&
	    a->cmd != CMD_HELP) {
		fputs("bpolpo: --ids works only with 'compare', 'faq' and "
		    "'show'\n", stderr);
		usage_short(stderr);
		return BP_EXIT_USAGE;
	}
	if (a->maxerrors >= 0 && a->cmd != CMD_CHECK && !a->help &&
	    !a->version && a->cmd != CMD_HELP) {
		fputs("bpolpo: --max-errors works only with 'check'\n", stderr);
		usage_short(stderr);
		return BP_EXIT_USAGE;
	}
	if (a->rows != NULL && strspn(a->rows, ",") == strlen(a->rows))
		return usage_error("--rows needs feature ids, not", a->rows);
	if (a->rows != NULL && a->cmd != CMD_COMPARE && !a->help &&
	    !a->version && a->cmd != CMD_HELP) {
		fputs("bpolpo: --rows works only with 'compare'\n", stderr);
		usage_short(stderr);
		return BP_EXIT_USAGE;
	}
	if (a->cmd == CMD_HELP && a->npos == 1) {
		enum cmd_id	 c;

		if (!find_cmd(a->pos[0], &c))
			return unknown_command("no help for unknown command",
			    a->pos[0]);
	}
	return -1;
}

static long	env_number(const char *);

/* --width, else COLUMNS when a positive number, else the terminal, else 80. */
static size_t
pick_width(const struct args *a)
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
	if (v > MAX_WIDTH)
		v = MAX_WIDTH;
	return (size_t)v;
}

/* "bpolpo: NAME: why" for input that cannot be read at all. */
static void
input_error(const char *name, const char *why)
{
	fputs("bpolpo: ", stderr);
	put_safe(name);
	fprintf(stderr, ": %s\n", why);
}

/*
 * Opens path for reading: a regular file, not over INPUT_LIMIT (a FIFO
 * would block, a device never end).  Returns the descriptor, or -1 after
 * saying why.
 */
static int
open_input(const char *path)
{
	struct stat	 st;
	char		 why[64];
	int		 fd;

	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0) {
		input_error(path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0)
		input_error(path, strerror(errno));
	else if (!S_ISREG(st.st_mode))
		input_error(path, S_ISDIR(st.st_mode) ? "is a directory" :
		    "not a regular file");
	else if ((unsigned long long)st.st_size > INPUT_LIMIT) {
		snprintf(why, sizeof(why), "larger than the %lu MiB limit",
		    INPUT_LIMIT / 1024 / 1024);
		input_error(path, why);
	} else {
		/* Regular files never block; reads should not see EAGAIN. */
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
		return fd;
	}
	close(fd);
	return -1;
}

/*
 * Reads, loads and validates the data in use: check's FILE, else --data,
 * else BPOLPO_DATA, else the built-in data.  Fills dg (initialised here;
 * the caller frees it) and *doc (NULL when nothing could be loaded).
 * Returns 0 when the input could not be read at all, after saying why.
 */
static int
load_data(const struct args *a, struct bp_diags *dg, struct bp_doc **doc)
{
	const char	*path = a->data, *name;
	int		 fd = -1;

	*doc = NULL;
	if (a->cmd == CMD_CHECK && a->npos == 1)
		path = a->pos[0];
	if (path == NULL && (path = getenv("BPOLPO_DATA")) != NULL &&
	    *path == '\0')
		path = NULL;
	name = path == NULL ? BUILTIN_NAME :
	    strcmp(path, "-") == 0 ? STDIN_NAME : path;
	if (path != NULL && strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if (path != NULL && (fd = open_input(path)) < 0)
		return 0;
	bp_diags_init(dg, name);
	if (a->maxerrors >= 0)
		bp_diags_limit(dg, (size_t)a->maxerrors);
	if (path == NULL && a->cmd != CMD_CHECK)
		return 1;	/* bp_default_doc: loaded when bpolpo was built */
	if (path == NULL)
		*doc = bp_load(name, bp_default_data, bp_default_len, dg);
	else {
		/* Parsed as it is read: a file or a pipe is never held whole. */
		*doc = bp_load_fd(name, fd, INPUT_LIMIT, dg);
		if (fd != STDIN_FILENO)
			close(fd);
	}
	if (*doc != NULL)
		bp_validate(*doc, dg);
	return 1;
}

/* check: the problems, then a count; JSON holds both in one document. */
static int
check(const struct args *a, struct bp_diags *dg, const struct bp_opts *o,
    struct bp_buf *out)
{
	size_t	 nwarn = dg->nwarnings;

	bp_diags_sort(dg);
	if (a->format == FORMAT_JSON)
		bp_json_check(out, dg, o);
	else {
		bp_diags_print(dg, stderr);
		bp_buf_puts(out, dg->file);
		if (dg->nerrors + dg->nwarnings == 0)
			bp_buf_puts(out, ": ok\n");
		else
			bp_buf_printf(out, ": %zu error%s, %zu warning%s\n",
			    dg->nerrors, dg->nerrors == 1 ? "" : "s", nwarn,
			    nwarn == 1 ? "" : "s");
	}
	return dg->nerrors > 0 ? BP_EXIT_FAIL : BP_EXIT_OK;
}

static int	run(const struct args *, const struct bp_doc *,
		    const struct bp_opts *, struct bp_buf *);
static int	resolve_rows(const char *, const struct bp_doc *, const char *,
		    size_t **, size_t *);

/*
 * Loads the data and runs the command on it, rendering into out.  The
 * caller frees *doc, *rows and dg.  Returns the exit status.
 */
static int
with_data(const struct args *a, struct bp_opts *o, struct bp_diags *dg,
    struct bp_doc **doc, size_t **rows, struct bp_buf *out)
{
	const struct bp_doc	*use;

	if (!load_data(a, dg, doc))
		return BP_EXIT_FAIL;
	if (a->cmd == CMD_CHECK)
		return check(a, dg, o, out);
	bp_diags_print(dg, stderr);
	if (dg->nerrors > 0)
		return BP_EXIT_FAIL;
	/* No document, no error: the built-in one, loaded at build time. */
	use = *doc != NULL ? *doc : &bp_default_doc;
	if (a->rows != NULL && !resolve_rows(a->rows, use, a->data, rows,
	    &o->nrows))
		return BP_EXIT_FAIL;
	o->rows = *rows;
	return run(a, use, o, out);
}

/* Renders the command into out.  Returns the exit status. */
static int
run(const struct args *a, const struct bp_doc *doc, const struct bp_opts *o,
    struct bp_buf *out)
{
	static const struct bp_renderer *const renderers[FORMAT__MAX] = {
		&bp_term_renderer,	/* FORMAT_TEXT */
		&bp_md_renderer,	/* FORMAT_MARKDOWN */
		&bp_json_renderer,	/* FORMAT_JSON */
	};
	const struct bp_renderer *R = renderers[a->format];
	struct bp_opts		 oq;
	const char		**names = NULL;
	struct bp_query		 query_;
	struct bp_cmdinfo	 info[CMD__MAX];
	const struct bp_faq	*faq;
	const struct bp_section	*sec;
	struct bp_buf		 query = BP_BUF_INIT;
	size_t			*cands, ncands, i, k, n = 0;
	int			 rc = BP_EXIT_OK;

	/* Ids for shells and scripts: plain lines whatever the format. */
	if (a->ids) {
		for (i = 0; a->cmd == CMD_COMPARE && i < doc->nfeatures; i++)
			bp_buf_printf(out, "%s\n", doc->features[i].id.s);
		for (i = 0; a->cmd == CMD_FAQ && i < doc->nfaqs; i++)
			bp_buf_printf(out, "%s\n", doc->faqs[i].id.s);
		for (i = 0; a->cmd == CMD_SHOW && i < doc->nsections; i++)
			bp_buf_printf(out, "%s\n", doc->sections[i].id.s);
		return BP_EXIT_OK;
	}
	switch (a->cmd) {
	case CMD_OVERVIEW:
		for (i = 0; i < CMD__MAX; i++)
			if (i != CMD_OVERVIEW) {
				info[n].name = cmds[i].name;
				info[n].summary = cmds[i].summary;
				n++;
			}
		R->overview(out, doc, o, info, n);
		break;
	case CMD_COMPARE:
		R->compare(out, doc, o);
		break;
	case CMD_VERDICT:
		R->verdict(out, doc, o);
		break;
	case CMD_SOURCES:
		R->sources(out, doc, o);
		break;
	case CMD_DUMP:
		bp_json_dump(out, doc, o);
		break;
	case CMD_SEARCH:
		if (bp_search(doc, a->pos, a->npos, &query_) == 0) {
			fputs("bpolpo: nothing matches", stderr);
			for (i = 0; i < a->npos; i++) {
				fputs(i == 0 ? " '" : " and '", stderr);
				put_safe(a->pos[i]);
				fputc('\'', stderr);
			}
			fputc('\n', stderr);
			rc = BP_EXIT_FAIL;
		} else
			R->search(out, doc, &query_, o);
		bp_query_free(&query_);
		break;
	case CMD_SHOW:
		if (a->npos == 0) {
			R->section_list(out, doc, o);
			break;
		}
		if ((sec = bp_section_find(doc, a->pos[0])) == NULL) {
			names = bp_calloc(doc->nsections, sizeof(*names));
			for (i = 0; i < doc->nsections; i++)
				names[i] = doc->sections[i].id.s;
			not_found("no section", a->pos[0], names,
			    doc->nsections, a->data, "show");
			rc = BP_EXIT_FAIL;
			break;
		}
		oq = *o;
		oq.query = a->pos[0];
		R->section(out, doc, sec, &oq);
		break;
	case CMD_FAQ:
		if (a->npos == 0) {
			R->faq_list(out, doc, o);
			break;
		}
		for (i = 0; i < a->npos; i++) {
			if (i > 0)
				bp_buf_putc(&query, ' ');
			bp_buf_puts(&query, a->pos[i]);
		}
		switch (bp_faq_find(doc, query.data, &faq, &cands, &ncands)) {
		case BP_FOUND:
			oq = *o;
			oq.query = query.data;
			R->faq(out, doc, faq, &oq);
			break;
		case BP_AMBIGUOUS:
			fputs("bpolpo: '", stderr);
			put_safe(query.data);
			fputs("' matches several questions:\n", stderr);
			for (n = 0, i = 0; i < ncands; i++)
				if (doc->faqs[cands[i]].id.len > n)
					n = doc->faqs[cands[i]].id.len;
			for (i = 0; i < ncands; i++) {
				/* Ids are [a-z0-9-]: one column per byte. */
				fprintf(stderr, "  %-*s  ", (int)n,
				    doc->faqs[cands[i]].id.s);
				put_safe(doc->faqs[cands[i]].question.s);
				fputc('\n', stderr);
			}
			free(cands);
			rc = BP_EXIT_FAIL;
			break;
		case BP_NOT_FOUND:
			/* A typo of an id or a keyword is worth a hint. */
			for (n = 0, i = 0; i < doc->nfaqs; i++)
				n += 1 + doc->faqs[i].keywords.n;
			names = bp_calloc(n, sizeof(*names));
			for (n = 0, i = 0; i < doc->nfaqs; i++) {
				names[n++] = doc->faqs[i].id.s;
				for (k = 0; k < doc->faqs[i].keywords.n; k++)
					names[n++] = doc->faqs[i].keywords.v[k].s;
			}
			not_found("no question matches", query.data, names, n,
			    a->data, "faq");
			rc = BP_EXIT_FAIL;
			break;
		}
		break;
	case CMD_CHECK:		/* handled by check() */
	case CMD_COMPLETION:	/* needs no data */
	case CMD_HELP:
	case CMD__MAX:
		break;
	}
	bp_buf_free(&query);
	free(names);
	return rc;
}

/*
 * Resolves --rows (comma-separated feature ids, any case by ASCII rules,
 * spaces around them allowed) into indexes, in the order given, each
 * once: O(n log n) with the document's index.  Returns 0 after reporting
 * an unknown id.
 */
static int
resolve_rows(const char *list, const struct bp_doc *doc, const char *data,
    size_t **rows, size_t *nrows)
{
	const struct bp_feature	*f;
	unsigned char		*seen;
	char			*copy, *id, *save = NULL, *p;
	size_t			 i, k;
	int			 ok = 1;

	*rows = bp_calloc(doc->nfeatures, sizeof(**rows));
	*nrows = 0;
	seen = bp_calloc(doc->nfeatures, 1);
	copy = bp_strdup(list);
	for (id = strtok_r(copy, ",", &save); id != NULL;
	    id = strtok_r(NULL, ",", &save)) {
		id += strspn(id, " ");
		for (k = strlen(id); k > 0 && id[k - 1] == ' '; k--)
			id[k - 1] = '\0';
		if (*id == '\0')
			continue;
		/* Ids are lowercase: any case finds them. */
		for (p = id; *p != '\0'; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p = (char)(*p - 'A' + 'a');
		if ((f = bp_feature_by_id(doc, id)) == NULL) {
			const char **names;

			names = bp_calloc(doc->nfeatures, sizeof(*names));
			for (i = 0; i < doc->nfeatures; i++)
				names[i] = doc->features[i].id.s;
			not_found("no feature", id, names, doc->nfeatures, data,
			    "compare --ids");
			free(names);
			ok = 0;
			break;
		}
		i = (size_t)(f - doc->features);
		if (!seen[i]) {
			seen[i] = 1;
			(*rows)[(*nrows)++] = i;
		}
	}
	free(copy);
	free(seen);
	return ok;
}

/*
 * --color wins; else NO_COLOR set and non-empty means none; else
 * CLICOLOR_FORCE or FORCE_COLOR non-empty forces it; else TERM=dumb means
 * none; else color only on a terminal.
 */
static int
pick_color(const struct args *a)
{
	const char	*v;

	if (a->color != COLOR_AUTO)
		return a->color == COLOR_ALWAYS;
	if ((v = getenv("NO_COLOR")) != NULL && *v != '\0')
		return 0;
	if (((v = getenv("CLICOLOR_FORCE")) != NULL && *v != '\0') ||
	    ((v = getenv("FORCE_COLOR")) != NULL && *v != '\0'))
		return 1;
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
 * The pager command for output of this many lines, or NULL for none:
 * only on a terminal and only when taller than the screen; BPOLPO_PAGER,
 * then PAGER, then less; empty or "cat" means none.
 */
static const char *
pick_pager(const struct args *a, const struct bp_buf *out)
{
	const char	*p;
	size_t		 lines = 0, i;

	/* JSON is for programs, even when it lands on a terminal. */
	if (a->nopager || a->format == FORMAT_JSON || a->cmd == CMD_DUMP ||
	    !isatty(STDOUT_FILENO))
		return NULL;
	for (i = 0; i < out->len; i++)
		if (out->data[i] == '\n')
			lines++;
	if (lines < screen_rows())
		return NULL;
	if ((p = getenv("BPOLPO_PAGER")) == NULL &&
	    (p = getenv("PAGER")) == NULL)
		p = "less";
	if (*p == '\0' || strcmp(p, "cat") == 0)
		return NULL;
	return p;
}

/*
 * Runs the pager through /bin/sh -c, as git does, and feeds it the
 * output.  Returns 0 when the pager could not be started (the shell
 * exits 126 or 127), so the caller prints the output itself.
 */
static int
page(const char *pager, const struct bp_buf *out)
{
	struct sigaction	 ign, dfl, oldpipe, oldint, oldquit, oldchld;
	pid_t			 pid;
	int			 fd[2], status = 0;
	size_t			 off = 0;
	ssize_t			 n;

	if (pipe(fd) < 0)
		return 0;
	/* Started with SIGCHLD ignored, waitpid() could not tell us how it went. */
	memset(&dfl, 0, sizeof(dfl));
	dfl.sa_handler = SIG_DFL;
	sigaction(SIGCHLD, &dfl, &oldchld);
	/* less reads these; its own LESS wins when the user has one. */
	setenv("LESS", "FRX", 0);
	fflush(stdout);
	if ((pid = fork()) < 0) {
		close(fd[0]);
		close(fd[1]);
		sigaction(SIGCHLD, &oldchld, NULL);
		return 0;
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
		fputs("bpolpo: cannot run pager '", stderr);
		put_safe(pager);
		fputs("'; printing without it\n", stderr);
		return 0;
	}
	return 1;
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
	fprintf(stderr, "bpolpo: write error: %s\n", strerror(errno));
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

int
main(int argc, char **argv)
{
	struct args	 a;
	struct bp_opts	 o;
	struct bp_buf	 out = BP_BUF_INIT;
	struct bp_doc	*doc = NULL;
	struct bp_diags	 dg;
	const char	*pager;
	size_t		*rows = NULL, i;
	enum cmd_id	 c;
	int		 rc;

	/* Only what is used: the codeset (box drawing) and strerror's language. */
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	/* cJSON allocates through bpolpo: out of memory is never "null". */
	cJSON_InitHooks(&(cJSON_Hooks){ bp_malloc, free });
	memset(&dg, 0, sizeof(dg));
	if ((rc = parse_args(argc, argv, &a)) >= 0)
		goto done;

	memset(&o, 0, sizeof(o));
	o.width = pick_width(&a);
	o.layout = a.layout;
	/* Box drawing and bullets need a UTF-8 terminal. */
	o.ascii = a.ascii || !utf8_terminal();
	o.color = a.format == FORMAT_TEXT && pick_color(&a);
	o.compact = a.compact;
	o.data = a.data;

	rc = BP_EXIT_OK;
	if (a.version) {
		bp_buf_puts(&out, "bpolpo " BP_VERSION "\n");
	} else if (a.cmd == CMD_COMPLETION && !a.help) {
		const char	*names[CMD__MAX];

		for (i = 0; i < CMD__MAX; i++)
			names[i] = cmds[i].name;
		if (a.npos != 1 || !bp_completion(&out, a.pos[0], names,
		    CMD__MAX, options_help, sizeof(options_help) /
		    sizeof(options_help[0])))
			rc = a.npos == 1 ? usage_error("completion needs bash, "
			    "zsh or fish, not", a.pos[0]) : usage_error(
			    "completion needs a shell: bash, zsh or fish", NULL);
	} else if (a.help || a.cmd == CMD_HELP) {
		c = a.cmd;
		if (a.cmd == CMD_HELP && a.npos == 1)
			find_cmd(a.pos[0], &c);
		if (c == CMD_OVERVIEW || (c == CMD_HELP && a.npos == 0 &&
		    !a.help))
			help_all(&out, &o);
		else
			help_cmd(&out, &o, c);
	} else {
		/*
		 * Into a pipe or a file (never paged), a big answer goes out as
		 * it is made: memory stays that of the data, not data plus
		 * output.  Every check that can fail has run before rendering.
		 */
		if (!isatty(STDOUT_FILENO))
			out.sink = stdout;
		rc = with_data(&a, &o, &dg, &doc, &rows, &out);
	}

	/*
	 * A failed command prints nothing on stdout, not half an answer;
	 * check's report is whole, and the answer, even when the data fails.
	 */
	if (rc != BP_EXIT_OK && a.cmd == CMD_CHECK && out.len > 0) {
		if (write_out(&out) != BP_EXIT_OK)
			rc = BP_EXIT_FAIL;
	} else if (rc == BP_EXIT_OK) {
		if ((pager = pick_pager(&a, &out)) != NULL && page(pager, &out))
			rc = BP_EXIT_OK;
		else
			rc = write_out(&out);
	}
done:
	bp_diags_free(&dg);
	bp_buf_free(&out);
	bp_doc_free(doc);
	free(rows);
	free(a.pos);
	return rc;
}
