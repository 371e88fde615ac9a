/* Help: bpolpo's and each command's, written from the tables of commands and options. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "render/bp_render.h"
#include "render/bp_term.h"
#include "cli/bp_cli.h"

/* "-w, --width N", "--color[=WHEN]": how help writes an option. */
static void
option_synopsis(struct bp_buf *b, const struct bp_option *op)
{
	if (op->shortname != 0)
		bp_buf_printf(b, "-%c, ", op->shortname);
	bp_buf_printf(b, "--%s", op->name);
	if (op->arg != NULL)
		bp_buf_printf(b, op->optional ? "[=%s]" : " %s", op->arg);
}

/*
 * An option every command that prints the comparison takes: "bpolpo
 * --help" lists it, and a command's help lists only the others.
 */
#define COMMON(cmds, op)	((bp_option_cmds((cmds), (op)) & BP_IN_DOC) == \
			    BP_IN_DOC)

/*
 * The options for a command, as a help list: all of them, or the ones
 * the command takes that are not common.  Returns how many.
 */
static size_t
options_list(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_command *cmds, int all,
    enum bp_cmd c)
{
	struct bp_cmdinfo	 list[BP_OPT__MAX];
	struct bp_buf		 names[BP_OPT__MAX], helps[BP_OPT__MAX];
	size_t			 i, k, n = 0;

	for (i = 0; i < BP_OPT__MAX; i++) {
		const struct bp_option *op = &bp_options[i];

		if (!all && (!(bp_option_cmds(cmds, op) & BP_IN(c)) ||
		    COMMON(cmds, op)))
			continue;
		memset(&names[n], 0, sizeof(names[n]));
		memset(&helps[n], 0, sizeof(helps[n]));
		option_synopsis(&names[n], op);
		/* In the list of all: "compare: ...", where it applies. */
		for (k = 0; all && !COMMON(cmds, op) && k < BP_CMD__MAX; k++)
			if (bp_option_cmds(cmds, op) & BP_IN(k))
				bp_buf_printf(&helps[n], "%s%s", helps[n].len ?
				    ", " : "", cmds[k].name);
		if (helps[n].len > 0)
			bp_buf_printf(&helps[n], ": %c%s",
			    tolower((unsigned char)op->help[0]), op->help + 1);
		else
			bp_buf_puts(&helps[n], op->help);
		list[n].name = names[n].data;
		list[n].summary = helps[n].data;
		n++;
	}
	if (n > 0)
		bp_term_list(out, o, "Options:", list, n);
	for (i = 0; i < n; i++) {
		bp_buf_free(&names[i]);
		bp_buf_free(&helps[i]);
	}
	return n;
}

void
bp_help_all(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_command *cmds)
{
	struct bp_cmdinfo	 list[BP_CMD__MAX];
	char			 names[BP_CMD__MAX][64];
	size_t			 i;

	for (i = 0; i < BP_CMD__MAX; i++) {
		snprintf(names[i], sizeof(names[i]), "%s%s%s",
		    cmds[i].name, *cmds[i].args ? " " : "", cmds[i].args);
		list[i].name = names[i];
		list[i].summary = cmds[i].summary;
	}
	bp_term_text(out, o, LIT(BP_USAGE));
	bp_buf_putc(out, '\n');
	bp_term_text(out, o, "View a comparison of two or more subjects in "
	    "the terminal: its feature table, verdict, questions, sections "
	    "and sources.", SIZE_MAX);
	bp_buf_putc(out, '\n');
	bp_term_list(out, o, "Commands:", list, BP_CMD__MAX);
	bp_buf_putc(out, '\n');
	options_list(out, o, cmds, 1, BP_CMD_OVERVIEW);
	bp_buf_putc(out, '\n');
	bp_term_text(out, o, "Environment: BPOLPO_DATA names the data file; "
	    "COLUMNS sets the width and LINES the height; BPOLPO_PAGER or PAGER "
	    "the pager; NO_COLOR, or FORCE_COLOR=0, turns color off, "
	    "CLICOLOR_FORCE or FORCE_COLOR on; TERM=dumb means no color.",
	    SIZE_MAX);
	bp_term_text(out, o, "Exit status: 0 success, 1 not found or bad "
	    "data, 2 usage error.", SIZE_MAX);
	bp_term_text(out, o, "See bpolpo(1) and, for the data format, "
	    "bpolpo(5).", SIZE_MAX);
}

void
bp_help_cmd(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_command *cmds, enum bp_cmd c)
{
	const struct bp_command	*cmd = &cmds[c];
	struct bp_buf		 line = BP_BUF_INIT, common = BP_BUF_INIT;
	size_t			 i;

	bp_buf_printf(&line, "Usage: bpolpo [OPTIONS] %s%s%s", c ==
	    BP_CMD_OVERVIEW ? "" : cmd->name, *cmd->args ? " " : "",
	    cmd->args);
	bp_term_text(out, o, line.data, line.len);
	bp_buf_putc(out, '\n');
	bp_term_text(out, o, cmd->help, SIZE_MAX);
	bp_buf_putc(out, '\n');
	if (options_list(out, o, cmds, 0, c) > 0)
		bp_buf_putc(out, '\n');
	for (i = 0; i < BP_OPT__MAX; i++) {
		const struct bp_option *op = &bp_options[i];

		if ((bp_option_cmds(cmds, op) & BP_IN(c)) && COMMON(cmds, op) &&
		    bp_option_cmds(cmds, op) != BP_IN_ALL)
			bp_buf_printf(&common, "%s--%s", common.len == 0 ?
			    "Common options: " : ", ", op->name);
	}
	if (common.len > 0) {
		bp_buf_puts(&common, " ('bpolpo --help' says what they do).");
		bp_term_text(out, o, common.data, common.len);
		bp_buf_putc(out, '\n');
	}
	bp_term_text(out, o, "Example:", SIZE_MAX);
	bp_term_indented(out, o, 2, cmd->example);
	bp_buf_free(&line);
	bp_buf_free(&common);
}
