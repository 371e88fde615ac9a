/* The options: one table, read by the parser here (getopt_long), help, did-you-mean and completion. */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_suggest.h"
#include "base/bp_text.h"
#include "query/bp_decide.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"

#define MAX_TERM	4096	/* bytes of a search term: a phrase, not a page */

/* A number as a string literal, for help written with the limits. */
#define BP_STR_(n)	#n
#define BP_STR(n)	BP_STR_(n)

/* Values of the options that take a word, in their enums' order. */
static const char *const layouts[] = { "auto", "table", "stacked", NULL };
static const char *const whens[] = { "auto", "always", "never", NULL };
const char *const bp_idforms[] = { "", "plain", "described", NULL };
/* In cli/completion.c's order of its writers. */
const char *const bp_shells[] = { "bash", "zsh", "fish", NULL };

/* The commands that read the comparison, where --data applies. */
#define BP_IN_DATA	(BP_IN_DOC | BP_IN(BP_CMD_CHECK) | BP_IN(BP_CMD_DUMP))
/* The commands that show subjects side by side, which --subjects picks. */
#define BP_IN_SUBJECTS	(BP_IN(BP_CMD_COMPARE) | BP_IN(BP_CMD_VERDICT) | \
			 BP_IN(BP_CMD_EXPORT) | BP_IN(BP_CMD_DECIDE))
/* The commands whose output may be paged or colored. */
#define BP_IN_TERM	(BP_IN_DOC | BP_IN(BP_CMD_HELP) | BP_IN(BP_CMD_DIFF))

/*
 * A format given to a command that does not print it is ignored, as any
 * display option is, but for the formats only few commands print: then
 * it is a usage error, since the output would not be what was asked.
 */
#define FORMAT_ONLY	((1u << BP_FORMAT_YAML) | (1u << BP_FORMAT_CSV) | \
			 (1u << BP_FORMAT_TSV) | (1u << BP_FORMAT_HTML))

/*
 * A table row, its fields named: the table reads in columns.  cmds_ is
 * bare: WHERE_PRINTED gives it as two fields, .cmds and .formats.
 */
#define OPT(id, name_, short_, arg_, argkind_, optional_, values_, kind_, \
    cmds_, help_) \
	[id] = { .name = (name_), .shortname = (short_), .arg = (arg_), \
	    .argkind = (argkind_), .optional = (optional_), \
	    .values = (values_), .kind = (kind_), \
	    .cmds = cmds_, /* NOLINT(bugprone-macro-parentheses) */ \
	    .help = (help_) }
/* Where an option applies, as the commands that print these formats. */
#define WHERE_PRINTED(formats_)	0, .formats = (formats_)
#define IN_TEXT		WHERE_PRINTED(1u << BP_FORMAT_TEXT)
/* --format: wherever a format other than text prints. */
#define IN_FORMATS	WHERE_PRINTED(((1u << BP_FORMAT__MAX) - 1) & \
			    ~(1u << BP_FORMAT_TEXT))

const struct bp_option bp_options[BP_OPT__MAX] = {
	/*
	 * id, long name, short name, argument, what the argument is,
	 * whether it may be left out, its values, kind, where it applies,
	 * help
	 */
	OPT(BP_OPT_DATA, "data", 0, "FILE", BP_ARG_FILE, 0, NULL, BP_OK_ANY,
	    BP_IN_DATA, "Read the comparison from FILE ('-': standard input)"),
	OPT(BP_OPT_WIDTH, "width", 'w', "N", BP_ARG_NONE, 0, NULL,
	    BP_OK_DISPLAY, IN_TEXT, "Wrap output to N columns ("
	    BP_STR(BP_MIN_WIDTH) " to " BP_STR(BP_MAX_WIDTH) ")"),
	OPT(BP_OPT_FORMAT, "format", 0, "FORMAT", BP_ARG_NONE, 0, bp_formats,
	    BP_OK_DISPLAY, IN_FORMATS, "Output format: text, markdown, json, "
	    "yaml (dump), csv or tsv (compare), or html (a page)"),
	OPT(BP_OPT_MARKDOWN, "markdown", 0, NULL, BP_ARG_NONE, 0, NULL,
	    BP_OK_DISPLAY, WHERE_PRINTED(1u << BP_FORMAT_MARKDOWN),
	    "Same as --format markdown"),
	OPT(BP_OPT_JSON, "json", 0, NULL, BP_ARG_NONE, 0, NULL, BP_OK_DISPLAY,
	    WHERE_PRINTED(1u << BP_FORMAT_JSON),
	    "Same as --format json: one JSON document"),
	OPT(BP_OPT_COMPACT, "compact", 0, NULL, BP_ARG_NONE, 0, NULL,
	    BP_OK_DISPLAY, WHERE_PRINTED(1u << BP_FORMAT_JSON),
	    "JSON on one line"),
	OPT(BP_OPT_LAYOUT, "layout", 0, "MODE", BP_ARG_NONE, 0, layouts,
	    BP_OK_DISPLAY, BP_IN(BP_CMD_COMPARE),
	    "Feature table layout: auto, table or stacked"),
	OPT(BP_OPT_ROWS, "rows", 0, "IDS", BP_ARG_FEATURES, 0, NULL,
	    BP_OK_SELECTOR, BP_IN(BP_CMD_COMPARE),
	    "Only these features (comma-separated ids), in this order"),
	OPT(BP_OPT_SUBJECTS, "subjects", 0, "IDS", BP_ARG_SUBJECTS, 0, NULL,
	    BP_OK_SELECTOR, BP_IN_SUBJECTS, "Only these subjects "
	    "(comma-separated ids: verdict --ids), in this order"),
	OPT(BP_OPT_IDS, "ids", 0, "FORM", BP_ARG_NONE, 1, bp_idforms + 1,
	    BP_OK_SELECTOR, BP_IN_LISTS, "Only the ids, one a line, or with "
	    "--json an array: all, or those a QUERY matches, best first "
	    "(described: each with its text after a tab)"),
	OPT(BP_OPT_MAXERRORS, "max-errors", 0, "N", BP_ARG_NONE, 0, NULL,
	    BP_OK_SELECTOR, BP_IN(BP_CMD_CHECK),
	    "Show at most N problems (default 100; 0: all that fit in "
	    "memory as large as the file)"),
	OPT(BP_OPT_STRICT, "strict", 0, NULL, BP_ARG_NONE, 0, NULL,
	    BP_OK_SELECTOR, BP_IN(BP_CMD_CHECK),
	    "Count every warning as an error (exit 1), for CI"),
	OPT(BP_OPT_FORCE, "force", 0, NULL, BP_ARG_NONE, 0, NULL,
	    BP_OK_SELECTOR, BP_IN(BP_CMD_INIT), "Replace FILE if it exists"),
	OPT(BP_OPT_OUTPUT, "output", 'o', "FILE", BP_ARG_FILE, 0, NULL,
	    BP_OK_SELECTOR, BP_IN(BP_CMD_EXPORT), "Write to FILE exactly "
	    "what standard output would get, or on any failure leave FILE "
	    "as it was ('-': standard output)"),
	OPT(BP_OPT_YES, "yes", 0, "IDS", BP_ARG_CRITERIA, 0, NULL,
	    BP_OK_SELECTOR, BP_IN(BP_CMD_DECIDE),
	    "These criteria describe you (comma-separated ids: decide --list)"),
	OPT(BP_OPT_NO, "no", 0, "IDS", BP_ARG_CRITERIA, 0, NULL,
	    BP_OK_SELECTOR, BP_IN(BP_CMD_DECIDE),
	    "These criteria do not describe you"),
	OPT(BP_OPT_BY, "by", 0, "WHAT", BP_ARG_NONE, 0, bp_bys,
	    BP_OK_SELECTOR, BP_IN(BP_CMD_DECIDE),
	    "What to ask about: criteria (the default) or features"),
	OPT(BP_OPT_PICK, "pick", 0, "PICKS", BP_ARG_NONE, 0, NULL,
	    BP_OK_SELECTOR, BP_IN(BP_CMD_DECIDE), "Answers by features, "
	    "comma-separated: FEATURE=SUBJECT whose value suits you, or "
	    "FEATURE=" BP_EITHER_WORD),
	OPT(BP_OPT_WEIGHT, "weight", 0, "WEIGHTS", BP_ARG_WEIGHTS, 0, NULL,
	    BP_OK_SELECTOR, BP_IN(BP_CMD_DECIDE), "How much answers matter, "
	    "comma-separated: ID=N, N from " BP_STR(BP_WEIGHT_MIN) " to "
	    BP_STR(BP_WEIGHT_MAX) " (default " BP_STR(BP_WEIGHT_DEFAULT) ")"),
	OPT(BP_OPT_SAVE, "save", 0, "FILE", BP_ARG_FILE, 0, NULL,
	    BP_OK_SELECTOR, BP_IN(BP_CMD_DECIDE), "Write the answers and "
	    "weights to FILE, to read back with --answers"),
	OPT(BP_OPT_ANSWERS, "answers", 0, "FILE", BP_ARG_FILE, 0, NULL,
	    BP_OK_SELECTOR, BP_IN(BP_CMD_DECIDE), "Answer from FILE, as "
	    "--save wrote it ('-': standard input); --yes, --no and "
	    "--weight override"),
	OPT(BP_OPT_LIST, "list", 0, NULL, BP_ARG_NONE, 0, NULL,
	    BP_OK_SELECTOR, BP_IN(BP_CMD_DECIDE),
	    "List the questions with their ids, and ask none"),
	OPT(BP_OPT_ASCII, "ascii", 0, NULL, BP_ARG_NONE, 0, NULL,
	    BP_OK_DISPLAY, BP_IN_TERM, "Draw tables and bullets with ASCII only"),
	OPT(BP_OPT_COLOR, "color", 0, "WHEN", BP_ARG_NONE, 1, whens,
	    BP_OK_DISPLAY, BP_IN_TERM,
	    "Color: auto (the default), always or never"),
	OPT(BP_OPT_NOCOLOR, "no-color", 0, NULL, BP_ARG_NONE, 0, NULL,
	    BP_OK_DISPLAY, BP_IN_TERM, "Same as --color=never"),
	OPT(BP_OPT_HYPERLINKS, "hyperlinks", 0, "WHEN", BP_ARG_NONE, 1,
	    whens, BP_OK_DISPLAY, BP_IN_TERM, "URLs and citations as "
	    "terminal hyperlinks: auto (on a terminal), always or never"),
	OPT(BP_OPT_PAGING, "paging", 0, "WHEN", BP_ARG_NONE, 0, whens,
	    BP_OK_DISPLAY, BP_IN_TERM,
	    "Page long output: auto (on a terminal), always or never"),
	OPT(BP_OPT_NOPAGER, "no-pager", 0, NULL, BP_ARG_NONE, 0, NULL,
	    BP_OK_DISPLAY, BP_IN_TERM, "Same as --paging=never"),
	OPT(BP_OPT_HELP, "help", 'h', NULL, BP_ARG_NONE, 0, NULL, BP_OK_ANY,
	    BP_IN_ALL, "Show this help, or a command's, and exit"),
	OPT(BP_OPT_VERSION, "version", 'V', NULL, BP_ARG_NONE, 0, NULL,
	    BP_OK_ANY, BP_IN_ALL, "Show the version and exit"),
};

/* getopt_long's value for an option: past every char, so never a short one. */
#define VAL(id)		(CHAR_MAX + 1 + (int)(id))

void
bp_usage_short(void)
{
	fputs(BP_USAGE "\nTry 'bpolpo --help' for more information.\n",
	    stderr);
}

/*
 * Reports a usage error: "bpolpo: what 'arg'" with the nearest of names
 * (NULL-terminated) when some is near, then the short usage.  Returns the
 * exit status.
 */
static int
usage(const char *what, const char *arg, const char *const *names)
{
	struct bp_buf	 msg = BP_BUF_INIT;
	size_t		 n = 0;

	bp_buf_puts(&msg, what);
	if (arg != NULL) {
		bp_buf_puts(&msg, " '");
		bp_buf_puts(&msg, arg);
		bp_buf_putc(&msg, '\'');
		while (names != NULL && names[n] != NULL)
			n++;
		bp_suggest(&msg, arg, names, n);
	}
	bp_warnx("%s", msg.data);
	bp_usage_short();
	bp_buf_free(&msg);
	return BP_EXIT_USAGE;
}

int
bp_find_cmd(const struct bp_command *cmds, const char *name)
{
	size_t	 i;

	for (i = 0; i < BP_CMD__MAX; i++)
		if (strcmp(cmds[i].name, name) == 0)
			return (int)i;
	return -1;
}

static const char *const	*command_names(const struct bp_command *);

/*
 * Whether word is a value of option bare (or -1), which was given without
 * one: it takes a value only after '=', as getopt_long(3) reads it, so
 * "--color never" meant "--color=never".
 */
static int
value_word(int bare, const char *word)
{
	const struct bp_option	*op;
	size_t			 k;

	if (bare < 0 || (op = &bp_options[bare])->values == NULL)
		return 0;
	for (k = 0; op->values[k] != NULL; k++)
		if (strcmp(op->values[k], word) == 0)
			return 1;
	return 0;
}

/*
 * A word that is no command, with the nearest names; or, when it is the
 * value of the bare option before it, how to give that value.
 */
static int
unknown_command(const struct bp_command *cmds, const char *word, int bare)
{
	if (value_word(bare, word)) {
		bp_warnx("--%s takes a value only after '=': --%s=%s, not "
		    "'--%s %s'", bp_options[bare].name, bp_options[bare].name,
		    word, bp_options[bare].name, word);
		bp_usage_short();
		return BP_EXIT_USAGE;
	}
	return usage("unknown command", word, command_names(cmds));
}

/* "--width" and "-w": every way to write an option, for did-you-mean. */
static const char *const *
option_names(void)
{
	static char	 names[2 * BP_OPT__MAX][32];
	static const char *v[2 * BP_OPT__MAX + 1];
	size_t		 i, n = 0;

	if (v[0] != NULL)
		return v;
	for (i = 0; i < BP_OPT__MAX; i++) {
		snprintf(names[n], sizeof(names[n]), "--%s", bp_options[i].name);
		v[n] = names[n];
		n++;
		if (bp_options[i].shortname != 0) {
			snprintf(names[n], sizeof(names[n]), "-%c",
			    bp_options[i].shortname);
			v[n] = names[n];
			n++;
		}
	}
	v[n] = NULL;
	return v;
}

static const char *const *
command_names(const struct bp_command *cmds)
{
	static const char *v[BP_CMD__MAX + 1];
	size_t		 i;

	for (i = 0; i < BP_CMD__MAX; i++)
		v[i] = cmds[i].name;
	v[i] = NULL;
	return v;
}

/* "--layout needs auto, table or stacked, not" */
static int
bad_value(enum bp_optid id, const char *val)
{
	const struct bp_option	*op = &bp_options[id];
	struct bp_buf		 msg = BP_BUF_INIT;
	size_t			 k;
	int			 rc;

	bp_buf_printf(&msg, "--%s needs ", op->name);
	for (k = 0; op->values[k] != NULL; k++)
		bp_buf_printf(&msg, "%s%s", k == 0 ? "" : op->values[k + 1] ==
		    NULL ? " or " : ", ", op->values[k]);
	bp_buf_puts(&msg, ", not");
	rc = usage(msg.data, val, op->values);
	bp_buf_free(&msg);
	return rc;
}

/* The index of val among an option's values, or -1 after a usage error. */
static int
value_of(enum bp_optid id, const char *val, int *rc)
{
	const char *const	*v = bp_options[id].values;
	int			 k;

	for (k = 0; v[k] != NULL; k++)
		if (strcmp(val, v[k]) == 0)
			return k;
	*rc = bad_value(id, val);
	return -1;
}

static int
number(const char *s, long lo, long hi, long *out)
{
	char	*end;
	long	 v;

	if (*s < '0' || *s > '9')
		return 0;
	errno = 0;
	v = strtol(s, &end, 10);
	if (*end != '\0' || errno != 0 || v < lo || v > hi)
		return 0;
	*out = v;
	return 1;
}

/* Takes the value of option id.  Returns -1, or a usage error's status. */
static int
take(struct bp_args *a, enum bp_optid id, const char *val)
{
	/* getopt_long gives a required value; an optional one may be NULL. */
	const char	*v = val != NULL ? val : "";
	int		 k, rc = -1;

	a->given |= 1UL << id;
	switch (id) {
	case BP_OPT_DATA:
		if (*v == '\0')
			return usage("--data needs a file name", NULL, NULL);
		a->data = v;
		break;
	case BP_OPT_WIDTH:
		if (!number(v, BP_MIN_WIDTH, BP_MAX_WIDTH, &a->width))
			return usage("--width needs a number from "
			    BP_STR(BP_MIN_WIDTH) " to " BP_STR(BP_MAX_WIDTH)
			    ", not", v, NULL);
		break;
	case BP_OPT_FORMAT:
		if ((k = value_of(id, v, &rc)) < 0)
			return rc;
		a->format = (enum bp_format)k;
		break;
	case BP_OPT_MARKDOWN:
		a->format = BP_FORMAT_MARKDOWN;
		break;
	case BP_OPT_JSON:
		a->format = BP_FORMAT_JSON;
		break;
	case BP_OPT_COMPACT:
		a->compact = 1;
		break;
	case BP_OPT_LAYOUT:
		if ((k = value_of(id, v, &rc)) < 0)
			return rc;
		a->layout = (enum bp_layout)k;
		break;
	case BP_OPT_ROWS:
		if (v[strspn(v, ", ")] == '\0')
			return usage("--rows needs feature ids, not", v, NULL);
		a->rows = v;
		break;
	case BP_OPT_SUBJECTS:
		if (v[strspn(v, ", ")] == '\0')
			return usage("--subjects needs subject ids, not", v,
			    NULL);
		a->subjects = v;
		break;
	case BP_OPT_IDS:
		a->ids = BP_IDS_PLAIN;
		if (val != NULL && (k = value_of(id, val, &rc)) < 0)
			return rc;
		if (val != NULL)
			a->ids = (enum bp_idform)(k + 1);
		break;
	case BP_OPT_MAXERRORS:
		if (!number(v, 0, LONG_MAX, &a->maxerrors))
			return usage("--max-errors needs a number from 0 up, "
			    "not", v, NULL);
		break;
	case BP_OPT_STRICT:
		a->strict = 1;
		break;
	case BP_OPT_FORCE:
		a->force = 1;
		break;
	case BP_OPT_OUTPUT:
		if (*v == '\0')
			return usage("--output needs a file name", NULL, NULL);
		a->output = v;
		break;
	case BP_OPT_YES:
	case BP_OPT_NO:
	case BP_OPT_PICK:
	case BP_OPT_WEIGHT:
		if (a->answers == NULL)
			a->answers = bp_calloc((size_t)a->argc + 1,
			    sizeof(*a->answers));
		a->answers[a->nanswers].opt = id;
		a->answers[a->nanswers++].list = v;
		break;
	case BP_OPT_BY:
		if ((k = value_of(id, v, &rc)) < 0)
			return rc;
		a->by = k;
		break;
	case BP_OPT_SAVE:
		if (*v == '\0')
			return usage("--save needs a file name", NULL, NULL);
		a->save = v;
		break;
	case BP_OPT_ANSWERS:
		if (*v == '\0')
			return usage("--answers needs a file name", NULL, NULL);
		a->answers_file = v;
		break;
	case BP_OPT_LIST:
		a->list = 1;
		break;
	case BP_OPT_ASCII:
		a->ascii = 1;
		break;
	case BP_OPT_COLOR:
		/* Bare, as in ls(1): always; a value only with '='. */
		a->color = BP_WHEN_ALWAYS;
		if (val != NULL && (k = value_of(id, val, &rc)) < 0)
			return rc;
		if (val != NULL)
			a->color = (enum bp_when)k;
		break;
	case BP_OPT_NOCOLOR:
		a->color = BP_WHEN_NEVER;
		break;
	case BP_OPT_HYPERLINKS:
		/* As ls --hyperlink: bare is always; a value only with '='. */
		a->hyperlinks = BP_WHEN_ALWAYS;
		if (val != NULL && (k = value_of(id, val, &rc)) < 0)
			return rc;
		if (val != NULL)
			a->hyperlinks = (enum bp_when)k;
		break;
	case BP_OPT_PAGING:
		if ((k = value_of(id, v, &rc)) < 0)
			return rc;
		a->paging = (enum bp_when)k;
		break;
	case BP_OPT_NOPAGER:
		a->paging = BP_WHEN_NEVER;
		break;
	case BP_OPT_HELP:
		/* Of --help and --version, the first given wins, as in GNU tools. */
		a->help = !a->version;
		break;
	case BP_OPT_VERSION:
		a->version = !a->help;
		break;
	case BP_OPT__MAX:
		break;
	}
	return -1;
}

/* A name that starts more than one long option, as getopt_long refuses it. */
static int
ambiguous(const char *arg)
{
	struct bp_buf	 msg = BP_BUF_INIT;
	size_t		 i, len, n = 0;

	if (strncmp(arg, LIT("--")) != 0 || (len = strcspn(arg + 2, "=")) == 0)
		return 0;
	for (i = 0; i < BP_OPT__MAX; i++)
		if (strncmp(bp_options[i].name, arg + 2, len) == 0) {
			bp_buf_printf(&msg, "%s'--%s'", n == 0 ? "" : ", ",
			    bp_options[i].name);
			n++;
		}
	if (n < 2) {
		bp_buf_free(&msg);
		return 0;
	}
	bp_warnx("option '%.*s' is ambiguous: %s?", (int)(len + 2), arg,
	    msg.data);
	bp_usage_short();
	bp_buf_free(&msg);
	return 1;
}

/* The getopt_long table and optstring, made from bp_options. */
static void
getopt_tables(struct option *lo, char *so)
{
	size_t	 i, n = 0;

	/* '-': arguments in order, as 1; ':': a missing value as ':'. */
	so[n++] = '-';
	so[n++] = ':';
	for (i = 0; i < BP_OPT__MAX; i++) {
		const struct bp_option *op = &bp_options[i];

		lo[i].name = op->name;
		lo[i].has_arg = op->arg == NULL ? no_argument : op->optional ?
		    optional_argument : required_argument;
		lo[i].flag = NULL;
		lo[i].val = VAL(i);
		if (op->shortname != 0) {
			so[n++] = op->shortname;
			if (op->arg != NULL && !op->optional)
				so[n++] = ':';
		}
	}
	memset(&lo[i], 0, sizeof(lo[i]));
	so[n] = '\0';
}

/* The option that a short name stands for. */
static int
short_id(int c)
{
	size_t	 i;

	for (i = 0; i < BP_OPT__MAX; i++)
		if (bp_options[i].shortname == c)
			return (int)i;
	return -1;
}

/* "'compare', 'faq' and 'show'": the commands in a set. */
static void
command_list(struct bp_buf *b, const struct bp_command *cmds, unsigned set)
{
	size_t	 i, n = 0, total = 0;

	for (i = 0; i < BP_CMD__MAX; i++)
		total += (set >> i) & 1;
	for (i = 0; i < BP_CMD__MAX; i++)
		if (set & BP_IN(i)) {
			n++;
			bp_buf_printf(b, "%s'%s'", n == 1 ? "" : n == total ?
			    " and " : ", ", cmds[i].name);
		}
}

/* What the arguments ask of the command, beyond the options one by one. */
static int
check_args(const struct bp_command *cmds, struct bp_args *a)
{
	const struct bp_command	*cmd = &cmds[a->cmd];
	struct bp_buf		 msg = BP_BUF_INIT;
	const char		*what;
	size_t			 i;

	if (a->help || a->version)
		return -1;
	if (a->npos > cmd->maxargs) {
		bp_warnx("too many arguments for '%s'", a->havecmd ?
		    cmd->name : "bpolpo");
		bp_usage_short();
		return BP_EXIT_USAGE;
	}
	if (a->npos < cmd->minargs) {
		/*
		 * "TERM..." says "search needs a term", "OLD NEW" "diff needs
		 * two files: old and new"; a shell, which.
		 */
		bp_buf_printf(&msg, "%s needs ", cmd->name);
		if (cmd->minargs == 2)
			bp_buf_puts(&msg, cmd->argkind == BP_ARG_SIDE ?
			    "two files: " : "two: ");
		else
			bp_buf_puts(&msg, "a ");
		for (i = 0; cmd->args[i] != '\0'; i++)
			if (cmd->args[i] == ' ' && cmd->minargs == 2)
				bp_buf_puts(&msg, " and ");
			else if (strchr("[].", cmd->args[i]) == NULL)
				bp_buf_putc(&msg, (char)tolower(
				    (unsigned char)cmd->args[i]));
		for (i = 0; cmd->argkind == BP_ARG_SHELL &&
		    bp_shells[i] != NULL; i++)
			bp_buf_printf(&msg, "%s%s", i == 0 ? ": " :
			    bp_shells[i + 1] == NULL ? " or " : ", ",
			    bp_shells[i]);
		bp_warnx("%s", msg.data);
		bp_usage_short();
		bp_buf_free(&msg);
		return BP_EXIT_USAGE;
	}
	/* Selectors say what to print: a command without them cannot. */
	for (i = 0; i < BP_OPT__MAX; i++) {
		if (!(a->given & (1UL << i)) ||
		    bp_options[i].kind != BP_OK_SELECTOR ||
		    (bp_option_cmds(cmds, &bp_options[i]) & BP_IN(a->cmd)))
			continue;
		command_list(&msg, cmds, bp_option_cmds(cmds, &bp_options[i]));
		bp_warnx("--%s works only with %s", bp_options[i].name,
		    msg.data);
		bp_usage_short();
		bp_buf_free(&msg);
		return BP_EXIT_USAGE;
	}
	/* YAML is the data itself, CSV a table: few commands print them. */
	if ((FORMAT_ONLY & (1u << a->format)) && !a->help &&
	    !(bp_format_cmds(cmds, a->format) & BP_IN(a->cmd))) {
		command_list(&msg, cmds, bp_format_cmds(cmds, a->format));
		bp_warnx("--format %s works only with %s",
		    bp_formats[a->format], msg.data);
		bp_usage_short();
		bp_buf_free(&msg);
		return BP_EXIT_USAGE;
	}
	/* A query or a term is text: blank, or not UTF-8, is a usage error. */
	what = cmd->argkind == BP_ARG_TERMS ? "search terms" : "a query";
	for (i = 0; i < a->npos && (cmd->argkind == BP_ARG_QUERY ||
	    cmd->argkind == BP_ARG_TERMS); i++) {
		msg.len = 0;
		if (!bp_utf8_valid(a->pos[i], strlen(a->pos[i])))
			bp_buf_printf(&msg, "%s must be UTF-8 text, not", what);
		else if (cmd->argkind == BP_ARG_TERMS &&
		    strlen(a->pos[i]) > MAX_TERM) {
			bp_buf_printf(&msg, "%s are at most %d bytes long", what,
			    MAX_TERM);
			i = usage(msg.data, NULL, NULL);
			bp_buf_free(&msg);
			return (int)i;
		} else if (a->pos[i][strspn(a->pos[i], " \t")] == '\0')
			bp_buf_printf(&msg, "%s needs words, not",
			    cmd->argkind == BP_ARG_TERMS ? cmd->name : what);
		else
			continue;
		i = usage(msg.data, a->pos[i], NULL);
		bp_buf_free(&msg);
		return (int)i;
	}
	if (cmd->argkind == BP_ARG_COMMAND && a->npos == 1 &&
	    bp_find_cmd(cmds, a->pos[0]) < 0)
		return usage("no help for unknown command", a->pos[0],
		    command_names(cmds));
	return -1;
}

int
bp_cmd_trouble(const struct bp_command *cmd)
{
	return cmd->flags & BP_CF_TROUBLE2 ? BP_EXIT_USAGE : BP_EXIT_FAIL;
}

/*
 * The command is known: from here on, running out of memory exits as its
 * other trouble does, so what is allocated comes after.  The words after it
 * are its arguments.
 */
static void
set_cmd(struct bp_args *a, const struct bp_command *cmds, int id, int argc)
{
	a->cmd = (enum bp_cmd)id;
	a->havecmd = 1;
	bp_oom_status(bp_cmd_trouble(&cmds[id]));
	a->pos = bp_calloc((size_t)argc + 1, sizeof(*a->pos));
}

int
bp_parse_args(int argc, char **argv, const struct bp_command *cmds,
    struct bp_args *a)
{
	struct option	 lo[BP_OPT__MAX + 1];
	char		 so[2 + 3 * BP_OPT__MAX + 1];
	int		 c, id, rc, bare = -1, last;

	memset(a, 0, sizeof(*a));
	a->maxerrors = -1;
	a->argc = argc;
	getopt_tables(lo, so);
	opterr = 0;
	optind = 0;	/* glibc: start afresh, even inside a bundle */
	while ((c = getopt_long(argc, argv, so, lo, NULL)) != -1) {
		if (c == 1) {
			/* A word; getopt_long never leaves it NULL. */
			if (optarg == NULL)
				continue;
			last = bare;
			bare = -1;
			/* The first word that is no option is the command. */
			if (a->havecmd) {
				if (value_word(last, optarg))
					return unknown_command(cmds, optarg,
					    last);
				a->pos[a->npos++] = optarg;
				continue;
			}
			if ((id = bp_find_cmd(cmds, optarg)) < 0)
				return unknown_command(cmds, optarg, last);
			set_cmd(a, cmds, id, argc);
			continue;
		}
		if (c == '?' || c == ':') {
			const char	*arg = argv[optind - 1];
			char		 name[64];

			id = optopt > CHAR_MAX ? optopt - VAL(0) :
			    optopt != 0 ? short_id(optopt) : -1;
			if (c == ':' && id >= 0) {
				bp_warnx("--%s needs a value", bp_options[id].name);
				bp_usage_short();
				return BP_EXIT_USAGE;
			}
			if (id >= 0 && optopt > CHAR_MAX) {
				bp_warnx("option '--%s' doesn't allow an argument",
				    bp_options[id].name);
				bp_usage_short();
				return BP_EXIT_USAGE;
			}
			/*
			 * A short one is its letter: getopt_long may not have
			 * passed its bundle yet, so argv[optind - 1] is not it.
			 */
			if (optopt > 0 && optopt <= CHAR_MAX) {
				snprintf(name, sizeof(name), "-%c", optopt);
				return usage("unknown option", name,
				    option_names());
			}
			if (ambiguous(arg))
				return BP_EXIT_USAGE;
			/* Suggest from the name, without "=value". */
			snprintf(name, sizeof(name), "%.*s",
			    (int)strcspn(arg, "="), arg);
			return usage("unknown option", name, option_names());
		}
		id = c > CHAR_MAX ? c - VAL(0) : short_id(c);
		if (id < 0 || id >= BP_OPT__MAX)
			return usage("unknown option", argv[optind - 1],
			    option_names());
		if ((rc = take(a, (enum bp_optid)id, optarg)) >= 0)
			return rc;
		/* --color, --ids: a value would have needed '='. */
		bare = bp_options[id].optional && optarg == NULL ? id : -1;
	}
	/* After "--": every word is the command's, or the command. */
	for (; optind < argc; optind++) {
		if (!a->havecmd) {
			if ((id = bp_find_cmd(cmds, argv[optind])) < 0)
				return unknown_command(cmds, argv[optind], -1);
			set_cmd(a, cmds, id, argc);
		} else
			a->pos[a->npos++] = argv[optind];
	}
	return check_args(cmds, a);
}

unsigned long
bp_format_cmds(const struct bp_command *cmds, enum bp_format f)
{
	const struct bp_renderer	*R = bp_renderer_of(f);
	unsigned long			 set = 0;
	size_t				 i;
	void				(*slot)(void);

	for (i = 0; i < BP_CMD__MAX; i++) {
		if (cmds[i].draws == 0) {
			if (f == BP_FORMAT_TEXT && (cmds[i].flags & BP_CF_TEXT))
				set |= BP_IN(i);
			continue;
		}
		/* Every slot is a function pointer: NULL where it does not draw. */
		memcpy(&slot, (const char *)R + cmds[i].draws - 1, sizeof(slot));
		if (slot != NULL)
			set |= BP_IN(i);
	}
	return set;
}

unsigned long
bp_option_cmds(const struct bp_command *cmds, const struct bp_option *op)
{
	unsigned long	 set = op->cmds;
	int		 f;

	for (f = 0; f < BP_FORMAT__MAX; f++)
		if (op->formats & (1u << f))
			set |= bp_format_cmds(cmds, (enum bp_format)f);
	return set;
}
