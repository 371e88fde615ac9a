/* The commands: one table of names, arguments, help and the body that runs each (cli/cmd/), which main.c runs and everything else reads. */
#include <stddef.h>
#include <stdint.h>

#include "cli/bp_cli.h"
#include "cli/bp_cmd.h"

/* A table row, its fields named: the table reads in columns. */
#define CMD(id, name_, args_, min_, max_, flags_, argkind_, lists_, \
    summary_, help_, example_, draws_, run_) \
	[id] = { .name = (name_), .args = (args_), .minargs = (min_), \
	    .maxargs = (max_), .flags = (flags_), .argkind = (argkind_), \
	    .lists = (lists_), \
	    .summary = (summary_), .help = (help_), .example = (example_), \
	    .draws = (draws_), .run = (run_) }

const struct bp_command bp_commands[BP_CMD__MAX] = {
	/*
	 * id, name, arguments, at least, at most, flags, what the arguments
	 * are, what its --ids lists for an option's value, summary, help,
	 * example, the renderer slot that draws its answer (which formats
	 * print it is which renderers fill that slot), the function that
	 * runs it
	 */
	CMD(BP_CMD_OVERVIEW, "overview", "", 0, 0, BP_CF_DATA, BP_ARG_NONE,
	    BP_ARG_NONE,
	    "Title, quick verdict and the commands (the default)",
	    "Print the title, the date, the quick verdict and the commands.  "
	    "This is what bpolpo prints without a command.",
	    "bpolpo",
	    BP_DRAWS(overview), bp_cmd_overview),
	CMD(BP_CMD_COMPARE, "compare", "", 0, 0, BP_CF_DATA, BP_ARG_NONE,
	    BP_ARG_FEATURES,
	    "Feature-by-feature table",
	    "Print the feature table: one row per feature, one column per "
	    "subject, and an edge column that names the subject with the "
	    "edge or says Tie (one line under the table when every row has "
	    "the same edge).  Cells wrap inside their column; on a narrow "
	    "screen each feature is printed as a block instead.  --rows "
	    "ID,ID... shows only those features, in that order, and "
	    "--subjects ID,ID... only those subjects.",
	    "bpolpo compare --width 100",
	    BP_DRAWS(compare), bp_cmd_compare),
	CMD(BP_CMD_VERDICT, "verdict", "", 0, 0, BP_CF_DATA, BP_ARG_NONE,
	    BP_ARG_SUBJECTS,
	    "Quick verdict and when to choose each subject",
	    "Print the quick verdict, then each subject's \"Choose ... if\" "
	    "list.  --subjects ID,ID... shows only those subjects, in that "
	    "order; --ids lists the subject ids.",
	    "bpolpo verdict",
	    BP_DRAWS(verdict), bp_cmd_verdict),
	CMD(BP_CMD_FAQ, "faq", "[QUERY...]", 0, SIZE_MAX,
	    BP_CF_DATA, BP_ARG_QUERY, BP_ARG_NONE,
	    "List the questions, or answer one",
	    "Without QUERY, list the questions, numbered, each with its id.  "
	    "With QUERY, print that question, its answer and its sources.  "
	    "QUERY is an id (any case), a number from the list, a keyword, or "
	    "words of the question; words of the answer only support a "
	    "question named so.  Several questions as likely are listed on "
	    "standard error.",
	    "bpolpo faq upl",
	    BP_DRAWS(faq_list), bp_cmd_faq),
	CMD(BP_CMD_SHOW, "show", "[QUERY...]", 0, SIZE_MAX,
	    BP_CF_DATA, BP_ARG_QUERY, BP_ARG_NONE,
	    "List the sections, or print one",
	    "Without QUERY, list the prose sections with their ids and titles.  "
	    "With QUERY, an id (any case), a number from the list or words of "
	    "a title, print that section and its sources.",
	    "bpolpo show compliance",
	    BP_DRAWS(section_list), bp_cmd_show),
	CMD(BP_CMD_SOURCES, "sources", "[QUERY...]", 0, SIZE_MAX,
	    BP_CF_DATA, BP_ARG_QUERY, BP_ARG_NONE,
	    "Cited sources, or one of them",
	    "Print the cited sources, numbered, with publisher and URL: the "
	    "numbers faq and show print.  With QUERY, an id, a number or words "
	    "of a title, print that source.",
	    "bpolpo sources",
	    BP_DRAWS(sources), bp_cmd_sources),
	CMD(BP_CMD_SEARCH, "search", "TERM...", 1, SIZE_MAX,
	    BP_CF_DATA, BP_ARG_TERMS, BP_ARG_NONE,
	    "Find words anywhere in the comparison",
	    "Print every item (a feature, a question, a section, a source, "
	    "the summary...) that holds all the TERMs, in any of its texts, "
	    "with an excerpt around each match and the command that shows "
	    "the item whole.  Case is folded; a TERM with spaces (quote it) "
	    "matches as a phrase.  Nothing found exits 1.",
	    "bpolpo search 'attorney supervision'",
	    BP_DRAWS(search), bp_cmd_search),
	CMD(BP_CMD_CHECK, "check", "[FILE]", 0, 1, BP_CF_DATA | BP_CF_ANSWER,
	    BP_ARG_FILE, BP_ARG_NONE,
	    "Validate a data file and report every problem",
	    "Read FILE ('-': standard input), or the data in use, and report "
	    "every problem on standard error as FILE:LINE:COL: error: or "
	    "warning: and a message, then a count on standard output.  Exit 0 "
	    "when there is no error, 1 otherwise.  With --json the problems "
	    "and the count are one document on standard output.",
	    "bpolpo check mine.yaml",
	    BP_DRAWS(check), bp_cmd_check),
	CMD(BP_CMD_DUMP, "dump", "", 0, 0, BP_CF_DATA, BP_ARG_NONE,
	    BP_ARG_NONE,
	    "The whole comparison as JSON, or as YAML",
	    "Print the whole comparison as one JSON document: the same keys "
	    "and values as the data file, key for key, in the file's order; "
	    "--compact prints it on one line.  With --format yaml, print it "
	    "as a data file in canonical form: the format's order, block "
	    "style, quotes only where YAML needs them, which reads back the "
	    "same ('bpolpo dump --format yaml > mine.yaml' starts a "
	    "comparison from the built-in one).",
	    "bpolpo dump --compact | jq -r '.features[].label'",
	    BP_DRAWS(dump), bp_cmd_dump),
	CMD(BP_CMD_EXPORT, "export", "", 0, 0, BP_CF_DATA, BP_ARG_NONE,
	    BP_ARG_NONE,
	    "The whole comparison as one document: text, Markdown, HTML, JSON",
	    "Print the whole comparison as one document: the title and date, "
	    "the quick verdict, the \"Choose ... if\" lists, the feature "
	    "table, the sections, the FAQ and the sources.  --format markdown "
	    "gives one page with a table of contents and citations linked to "
	    "the sources; --format html a standalone web page (no script, no "
	    "request); --format json the same as dump.  -o FILE gets exactly "
	    "what standard output would, or on any failure stays as it was.",
	    "bpolpo export --format html -o comparison.html",
	    BP_DRAWS(export), bp_cmd_export),
	CMD(BP_CMD_INIT, "init", "[FILE]", 0, 1, 0, BP_ARG_FILE,
	    BP_ARG_NONE,
	    "Start a comparison: write a commented starter file",
	    "Write a starter comparison to FILE, or to standard output with "
	    "'-' or no FILE: commented YAML that uses every key of the format "
	    "once, which check passes as it is.  An existing FILE is left "
	    "alone (exit 2) unless --force; it is then replaced whole, never "
	    "half written.  bpolpo(5) shows the same file.",
	    "bpolpo init mine.yaml",
	    0, bp_cmd_init),
	CMD(BP_CMD_DIFF, "diff", "OLD NEW", 2, 2, BP_CF_ANSWER | BP_CF_TROUBLE2,
	    BP_ARG_SIDE, BP_ARG_NONE,
	    "What changed between two comparisons",
	    "Compare two data files, OLD and NEW, item by item, matched by "
	    "id: the title, date and summary; subjects, features (their "
	    "values, edges and order), choose lists, sections, questions and "
	    "sources added, removed, moved or changed, changed words marked.  "
	    "Either may be '-' (standard input) or '" BP_BUILTIN_WORD "', the "
	    "built-in comparison.  Exit 0 when they are the same, 1 when they "
	    "differ, 2 on trouble, as diff(1).",
	    "bpolpo diff " BP_BUILTIN_WORD " mine.yaml",
	    BP_DRAWS(diff), bp_cmd_diff),
	CMD(BP_CMD_DECIDE, "decide", "", 0, 0, BP_CF_DATA, BP_ARG_NONE,
	    BP_ARG_CRITERIA,
	    "Check which subject fits your situation",
	    "Ask, on a terminal, whether each \"Choose ... if\" criterion "
	    "describes your situation (y, n, Enter to skip, b to go back, q "
	    "to quit, ? for help), the subjects taking turns; then print how "
	    "many of each subject's criteria fit, which way your answers lean, "
	    "the features that bear on it and the section to read on.  "
	    "Criteria have ids SUBJECT.N: --list shows them, and --yes IDS "
	    "and --no IDS answer without asking.  --by features asks instead "
	    "which subject's value of each feature describes your need "
	    "(--pick FEATURE=SUBJECT,... without asking).  It tallies the "
	    "comparison's own criteria; it is not advice.",
	    "bpolpo decide --list",
	    BP_DRAWS(decide), bp_cmd_decide),
	CMD(BP_CMD_COMPLETION, "completion", "SHELL", 1, 1, 0, BP_ARG_SHELL,
	    BP_ARG_NONE,
	    "A completion script for bash, zsh or fish",
	    "Print a script that completes bpolpo's commands, options, option "
	    "values and the ids that commands take (asking bpolpo for them, "
	    "so a --data file completes too) in SHELL: bash, zsh or fish.  "
	    "'make install' puts them where each shell looks.",
	    "source <(bpolpo completion bash)",
	    0, bp_cmd_completion),
	CMD(BP_CMD_HELP, "help", "[COMMAND]", 0, 1, BP_CF_TEXT, BP_ARG_COMMAND,
	    BP_ARG_NONE,
	    "Help on a command",
	    "Print help on COMMAND, or on bpolpo as a whole.",
	    "bpolpo help faq",
	    0, bp_cmd_help),
};
