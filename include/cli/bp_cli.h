/*
 * The command line: one table of commands and one of options, which
 * parsing, help, did-you-mean, the completion scripts and the tests all
 * read.  main.c keeps the process; cli/commands.c the command table,
 * cli/cmd/ the bodies it names; cli/options.c the option table and
 * parsing, cli/help.c help; cli/completion.c the scripts.  Parsing,
 * help, completion and the bodies take the command table as an
 * argument: reading bp_commands themselves would tie them and the table
 * in a circle.
 */
#ifndef BP_CLI_H
#define BP_CLI_H

#include <stddef.h>

#include "base/bp_buf.h"
#include "render/bp_render.h"

enum bp_cmd {
	BP_CMD_OVERVIEW,	/* no command: title, verdict, commands */
	BP_CMD_COMPARE,
	BP_CMD_VERDICT,
	BP_CMD_FAQ,
	BP_CMD_SHOW,
	BP_CMD_SOURCES,
	BP_CMD_SEARCH,
	BP_CMD_CHECK,
	BP_CMD_DUMP,
	BP_CMD_EXPORT,
	BP_CMD_INIT,
	BP_CMD_DIFF,
	BP_CMD_DECIDE,
	BP_CMD_COMPLETION,
	BP_CMD_HELP,
	BP_CMD__MAX
};

/* A set of commands, for the options that apply to them. */
#define BP_IN(c)	(1u << (c))
#define BP_IN_ALL	((1u << BP_CMD__MAX) - 1)
/* The commands that print the comparison (or a part of it). */
#define BP_IN_DOC	(BP_IN(BP_CMD_OVERVIEW) | BP_IN(BP_CMD_COMPARE) | \
			 BP_IN(BP_CMD_VERDICT) | BP_IN(BP_CMD_FAQ) | \
			 BP_IN(BP_CMD_SHOW) | BP_IN(BP_CMD_SOURCES) | \
			 BP_IN(BP_CMD_SEARCH) | BP_IN(BP_CMD_DECIDE) | \
			 BP_IN(BP_CMD_EXPORT))
/* The commands that list items with ids: --ids lists those ids. */
#define BP_IN_LISTS	(BP_IN(BP_CMD_COMPARE) | BP_IN(BP_CMD_VERDICT) | \
			 BP_IN(BP_CMD_FAQ) | \
			 BP_IN(BP_CMD_SHOW) | BP_IN(BP_CMD_SOURCES) | \
			 BP_IN(BP_CMD_DECIDE))

/* Documented in bpolpo(1), EXIT STATUS. */
enum bp_exit {
	BP_EXIT_OK = 0,
	BP_EXIT_FAIL = 1,	/* not found, bad data, unreadable file, write error */
	BP_EXIT_USAGE = 2
};

/* The first usage line, in --help, per-command help and usage errors. */
#define BP_USAGE	"Usage: bpolpo [OPTIONS] [COMMAND [ARGS]]"

/* What a command needs (struct bp_command's flags). */
#define BP_CF_DATA	0x01	/* reads the comparison */
#define BP_CF_ANSWER	0x02	/* exit status 1 is an answer: printed whole */
#define BP_CF_TROUBLE2	0x04	/* and trouble is 2, as diff(1) has it */
#define BP_CF_TEXT	0x08	/* prints text of its own, wrapped (help) */

/* What names the built-in comparison where a command takes files (diff). */
#define BP_BUILTIN_WORD	"builtin"

/*
 * What a command's arguments, or an option's value, are: how they are
 * checked and completed.
 */
enum bp_argkind {
	BP_ARG_NONE,		/* nothing to complete */
	BP_ARG_QUERY,		/* words that find an item: id, number, words */
	BP_ARG_TERMS,		/* search terms */
	BP_ARG_FILE,
	BP_ARG_SIDE,		/* a file, or the built-in comparison's word */
	BP_ARG_COMMAND,		/* a command's name */
	BP_ARG_SHELL,		/* one of bp_shells */
	BP_ARG_FEATURES,	/* feature ids, comma-separated */
	BP_ARG_SUBJECTS,	/* subject ids, comma-separated */
	BP_ARG_CRITERIA,	/* decide's criterion ids, comma-separated */
	BP_ARG_WEIGHTS		/* decide's ID=N items, comma-separated */
};

/* The shells bp_completion() writes for, NULL-terminated. */
extern const char *const	bp_shells[];

struct bp_doc;
struct bp_diags;
struct bp_output;

/*
 * What a command runs with: the table of commands (bp_commands, given:
 * a body that reads the table, as help does, would otherwise tie the
 * table and the bodies in a circle), the arguments, the options, the
 * data, the output.
 */
struct bp_command;
struct bp_ctx {
	const struct bp_command	*cmds;
	const struct bp_args	*a;
	struct bp_opts		*o;
	const struct bp_doc	*doc;	/* NULL for commands without BP_CF_DATA */
	const struct bp_doc	*builtin;	/* the one loaded at build time */
	struct bp_diags		*dg;	/* the data's problems */
	struct bp_buf		*out;	/* written to output, in pieces */
	struct bp_output	*output;	/* where it goes */
};

/* One command: its name, arguments, help, and the function that runs it. */
struct bp_command {
	const char	*name;		/* "overview" for no command */
	const char	*args;		/* synopsis after the name */
	size_t		 minargs;
	size_t		 maxargs;	/* SIZE_MAX: any number */
	unsigned	 flags;		/* BP_CF_* */
	enum bp_argkind	 argkind;	/* what the arguments are */
	enum bp_argkind	 lists;		/* the ids its --ids lists, when an
					   option takes them (completion) */
	const char	*summary;	/* one line, for --help and the overview */
	const char	*help;		/* a paragraph for "help CMD" */
	const char	*example;
	size_t		 draws;		/* BP_DRAWS(slot): what renderer slot
					   draws its answer; 0: none */
	int		(*run)(struct bp_ctx *);
};
/* The slot of struct bp_renderer a command's answer is drawn by. */
#define BP_DRAWS(slot)	(offsetof(struct bp_renderer, slot) + 1)
extern const struct bp_command	bp_commands[BP_CMD__MAX];

enum bp_optid {
	BP_OPT_DATA,
	BP_OPT_WIDTH,
	BP_OPT_FORMAT,
	BP_OPT_MARKDOWN,
	BP_OPT_JSON,
	BP_OPT_COMPACT,
	BP_OPT_LAYOUT,
	BP_OPT_ROWS,
	BP_OPT_SUBJECTS,
	BP_OPT_IDS,
	BP_OPT_MAXERRORS,
	BP_OPT_STRICT,
	BP_OPT_FORCE,
	BP_OPT_OUTPUT,
	BP_OPT_YES,
	BP_OPT_NO,
	BP_OPT_BY,
	BP_OPT_PICK,
	BP_OPT_WEIGHT,
	BP_OPT_SAVE,
	BP_OPT_ANSWERS,
	BP_OPT_LIST,
	BP_OPT_ASCII,
	BP_OPT_COLOR,
	BP_OPT_NOCOLOR,
	BP_OPT_HYPERLINKS,
	BP_OPT_PAGING,
	BP_OPT_NOPAGER,
	BP_OPT_HELP,
	BP_OPT_VERSION,
	BP_OPT__MAX
};

/*
 * What an option given to a command that does not use it means.  A
 * display preference is ignored, as git does; a selector, which says what
 * to print, is a usage error, since the command would print something
 * else than asked.
 */
enum bp_optkind {
	BP_OK_ANY,		/* meaningful to every command */
	BP_OK_DISPLAY,		/* how to print: ignored where it does not apply */
	BP_OK_SELECTOR		/* what to print: a usage error elsewhere */
};

struct bp_option {
	const char		*name;		/* the long name, without "--" */
	const char		*arg;		/* "N", "FILE"...; NULL: a flag */
	const char *const	*values;	/* the values it takes, or NULL */
	const char		*help;
	unsigned		 cmds;		/* BP_IN(...): where it applies */
	unsigned		 formats;	/* or: where these print (1 << BP_FORMAT_*) */
	enum bp_optkind		 kind;
	enum bp_argkind		 argkind;	/* what the value is */
	int			 optional;	/* the value may be left out */
	char			 shortname;	/* 'w', or 0 */
};
extern const struct bp_option	bp_options[BP_OPT__MAX];

extern const char *const	bp_idforms[];	/* enum bp_idform */

/*
 * The commands that print format f (BP_IN bits), read from the renderers
 * (bp_renderer_of()) by the slot each command of cmds is drawn by, and
 * the flag BP_CF_TEXT for those that print text of their own.
 */
unsigned long	bp_format_cmds(const struct bp_command *cmds, enum bp_format f);
/* Where option op applies (BP_IN bits): its cmds, or the commands that print its formats. */
unsigned long	bp_option_cmds(const struct bp_command *cmds,
		    const struct bp_option *op);

/* --color and --paging: let the environment decide, or not. */
enum bp_when {
	BP_WHEN_AUTO,
	BP_WHEN_ALWAYS,
	BP_WHEN_NEVER,
	BP_WHEN__MAX
};

/* --ids: the ids alone, or each with its text after a tab (completion). */
enum bp_idform {
	BP_IDS_NONE,
	BP_IDS_PLAIN,
	BP_IDS_DESCRIBED,
	BP_IDS__MAX
};

/* One --yes, --no, --pick or --weight, in the order given: each may be repeated. */
struct bp_answer_arg {
	enum bp_optid	 opt;
	const char	*list;
};

/* What the command line says. */
struct bp_args {
	enum bp_cmd	 cmd;
	int		 havecmd;	/* the command was named */
	char		**pos;		/* the command's arguments */
	size_t		 npos;
	unsigned long	 given;		/* bit BP_OPT_*: the option was given */
	const char	*data;		/* --data, or NULL */
	long		 width;		/* --width, or 0 */
	enum bp_format	 format;
	int		 compact;
	enum bp_layout	 layout;
	const char	*rows;		/* --rows, or NULL */
	const char	*subjects;	/* --subjects, or NULL */
	enum bp_idform	 ids;
	long		 maxerrors;	/* --max-errors, or -1 */
	int		 strict;	/* --strict */
	int		 force;		/* --force */
	const char	*output;	/* --output, or NULL */
	struct bp_answer_arg *answers;	/* decide's --yes, --no, --pick */
	size_t		 nanswers;
	int		 by;		/* --by: an enum bp_by */
	const char	*save;		/* --save, or NULL */
	const char	*answers_file;	/* --answers, or NULL */
	int		 list;		/* --list */
	int		 argc;		/* room for answers: one per word */
	int		 ascii;
	enum bp_when	 color;
	enum bp_when	 hyperlinks;
	enum bp_when	 paging;
	int		 help;
	int		 version;
};

/*
 * Fills a from argv, as getopt_long(3) reads it: options anywhere, "--"
 * ends them, short ones bundled, values attached or not.  Reports a
 * usage error (with the nearest names) on standard error.  Returns -1 to
 * go on, else the exit status.  a->pos and a->answers are allocated:
 * free them.
 */
int	bp_parse_args(int argc, char **argv, const struct bp_command *cmds,
	    struct bp_args *a);

/* Help on everything, or on one command, from the two tables. */
void	bp_help_all(struct bp_buf *, const struct bp_opts *,
	    const struct bp_command *cmds);
void	bp_help_cmd(struct bp_buf *, const struct bp_opts *,
	    const struct bp_command *cmds, enum bp_cmd);

/* The command named name, or -1. */
int	bp_find_cmd(const struct bp_command *cmds, const char *name);
/* What a command exits with on trouble: 1, or 2 for one whose 1 is an
   answer (diff: "they differ"). */
int	bp_cmd_trouble(const struct bp_command *cmd);

/* The usage lines after a usage error, on standard error. */
void	bp_usage_short(void);

/*
 * A completion script for shell ("bash", "zsh", "fish"), from the two
 * tables.  Returns 0 for a shell it does not know.
 */
int	bp_completion(struct bp_buf *, const struct bp_command *cmds,
	    const char *shell);

#endif
