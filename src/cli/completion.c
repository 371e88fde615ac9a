/* Shell completion scripts (bash, zsh, fish), made from the tables of commands and options. */
#include <stdio.h>
#include <string.h>

#include "base/bp_buf.h"
#include "cli/bp_cli.h"

/* s in single quotes, for any shell: 'it'\''s'. */
static void
sq(struct bp_buf *out, const char *s)
{
	bp_buf_putc(out, '\'');
	for (; *s != '\0'; s++)
		if (*s == '\'')
			bp_buf_puts(out, "'\\''");
		else
			bp_buf_putc(out, *s);
	bp_buf_putc(out, '\'');
}

/*
 * Appends a piece of script, with the names it uses from the tables:
 * @DATA@ the option that names the data file, @IDS@ the one that lists
 * ids and @DESCRIBED@ its value for ids with their text, @PICK@ the one
 * that takes FEATURE=SUBJECT items, @WEIGHT@ the one that takes ID=N
 * items.
 */
static void
put(struct bp_buf *out, const char *t)
{
	const char	*at;

	while ((at = strchr(t, '@')) != NULL) {
		bp_buf_putn(out, t, (size_t)(at - t));
		if (strncmp(at, LIT("@DATA@")) == 0) {
			bp_buf_printf(out, "--%s", bp_options[BP_OPT_DATA].name);
			t = at + sizeof("@DATA@") - 1;
		} else if (strncmp(at, LIT("@IDS@")) == 0) {
			bp_buf_printf(out, "--%s", bp_options[BP_OPT_IDS].name);
			t = at + sizeof("@IDS@") - 1;
		} else if (strncmp(at, LIT("@DESCRIBED@")) == 0) {
			bp_buf_puts(out, bp_idforms[BP_IDS_DESCRIBED]);
			t = at + sizeof("@DESCRIBED@") - 1;
		} else if (strncmp(at, LIT("@PICK@")) == 0) {
			bp_buf_printf(out, "--%s", bp_options[BP_OPT_PICK].name);
			t = at + sizeof("@PICK@") - 1;
		} else if (strncmp(at, LIT("@WEIGHT@")) == 0) {
			bp_buf_printf(out, "--%s",
			    bp_options[BP_OPT_WEIGHT].name);
			t = at + sizeof("@WEIGHT@") - 1;
		} else {
			bp_buf_putc(out, '@');
			t = at + 1;
		}
	}
	bp_buf_puts(out, t);
}

/* "faq|show|sources": the commands whose arguments are of a kind; 0: none. */
static size_t
commands_of(struct bp_buf *out, const struct bp_command *cmds,
    enum bp_argkind kind)
{
	size_t	 i, n = 0;

	for (i = 0; i < BP_CMD__MAX; i++)
		if (cmds[i].argkind == kind)
			bp_buf_printf(out, "%s%s", n++ == 0 ? "" : "|",
			    cmds[i].name);
	return n;
}

/* The command whose --ids lists the ids of a kind, or NULL. */
static const char *
lister(const struct bp_command *cmds, enum bp_argkind kind)
{
	size_t	 i;

	for (i = 0; i < BP_CMD__MAX; i++)
		if (cmds[i].lists == kind && kind != BP_ARG_NONE)
			return cmds[i].name;
	return NULL;
}

/* The command whose --ids lists the ids an option's value holds. */
static const char *
owner(const struct bp_command *cmds, const struct bp_option *op)
{
	const char	*name = lister(cmds, op->argkind);

	return name != NULL ? name : cmds[0].name;
}

/* Whether an option's value is a comma-separated list of a command's ids. */
static int
is_list(const struct bp_command *cmds, const struct bp_option *op)
{
	return lister(cmds, op->argkind) != NULL;
}

/* The command whose --ids lists the feature ids, which --pick takes. */
static const char *
features_owner(const struct bp_command *cmds)
{
	const char	*name = lister(cmds, BP_ARG_FEATURES);

	return name != NULL ? name : cmds[0].name;
}

/* The command whose --ids lists the criterion ids, which --weight takes. */
static const char *
criteria_owner(const struct bp_command *cmds)
{
	const char	*name = lister(cmds, BP_ARG_CRITERIA);

	return name != NULL ? name : cmds[0].name;
}

/*
 * The cases of a command's arguments, as a shell's "case $cmd in": for
 * each kind of argument the commands that take it, then what completes
 * it, from the strings for that shell (NULL: nothing).
 */
static void
command_cases(struct bp_buf *out, const struct bp_command *cmds,
    const char *const what[], const char *pre, const char *post)
{
	static const enum bp_argkind kinds[] = { BP_ARG_QUERY,
	    BP_ARG_COMMAND, BP_ARG_SHELL, BP_ARG_FILE, BP_ARG_SIDE };
	struct bp_buf	 pat = BP_BUF_INIT;
	size_t		 k;

	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		pat.len = 0;
		if (what[kinds[k]] == NULL || commands_of(&pat, cmds,
		    kinds[k]) == 0)
			continue;
		bp_buf_printf(out, "%s%s%s", pre, pat.data, post);
		put(out, what[kinds[k]]);
	}
	bp_buf_free(&pat);
}

/* The command names, space-separated ("overview" too). */
static void
command_words(struct bp_buf *out, const struct bp_command *cmds)
{
	size_t	 i;

	for (i = 0; i < BP_CMD__MAX; i++)
		bp_buf_printf(out, "%s%s", i == 0 ? "" : " ",
		    cmds[i].name);
}

/* Every way to write an option: "--data --width -w ...". */
static void
option_words(struct bp_buf *out)
{
	size_t	 i;

	for (i = 0; i < BP_OPT__MAX; i++) {
		bp_buf_printf(out, "%s--%s", i == 0 ? "" : " ",
		    bp_options[i].name);
		if (bp_options[i].shortname != 0)
			bp_buf_printf(out, " -%c", bp_options[i].shortname);
	}
}

/* A case pattern of the options whose value is the next word: "--width|-w|...". */
static void
takes_value(struct bp_buf *out)
{
	size_t	 i;
	int	 first = 1;

	for (i = 0; i < BP_OPT__MAX; i++) {
		if (bp_options[i].arg == NULL || bp_options[i].optional ||
		    i == BP_OPT_DATA)
			continue;
		bp_buf_printf(out, "%s--%s", first ? "" : "|",
		    bp_options[i].name);
		if (bp_options[i].shortname != 0)
			bp_buf_printf(out, "|-%c", bp_options[i].shortname);
		first = 0;
	}
}

/* Words of a NULL-terminated list, space-separated. */
static void
words(struct bp_buf *out, const char *const *v)
{
	size_t	 k;

	for (k = 0; v[k] != NULL; k++)
		bp_buf_printf(out, "%s%s", k == 0 ? "" : " ", v[k]);
}

/* The words an option takes, space-separated. */
static void
values(struct bp_buf *out, const struct bp_option *op)
{
	words(out, op->values);
}

/* What completes each kind of command argument, in bash. */
static const char *const bash_args[] = {
	[BP_ARG_QUERY] = "_bpolpo_words \"$(_bpolpo_ids $cmd)\" ;;\n",
	[BP_ARG_COMMAND] = "_bpolpo_words \"$cmds\" ;;\n",
	[BP_ARG_SHELL] = "_bpolpo_words \"$shells\" ;;\n",
	[BP_ARG_FILE] = "_bpolpo_files \"$cur\" ;;\n",
	/* One string, parenthesized: clang-tidy reads none as a list. */
	[BP_ARG_SIDE] = ("_bpolpo_files \"$cur\"\n"
	    "\t\tCOMPREPLY+=($(compgen -W " BP_BUILTIN_WORD " -- \"$cur\")) ;;\n"),
	[BP_ARG_FEATURES] = NULL,
	[BP_ARG_SUBJECTS] = NULL,
	[BP_ARG_CRITERIA] = NULL,
};

static void
bash(struct bp_buf *out, const struct bp_command *cmds)
{
	struct bp_buf	 w = BP_BUF_INIT;
	size_t		 i;

	put(out,
	    "# bash completion for bpolpo: bpolpo completion bash\n"
	    "# Made from bpolpo's tables of commands and options.  Ids come\n"
	    "# from the binary itself, so a @DATA@ file completes too.\n"
	    "_bpolpo_ids() {\n"
	    "\t\"${COMP_WORDS[0]}\" \"${_bpolpo_data[@]}\" \"$1\" @IDS@ "
	    "2>/dev/null\n"
	    "}\n"
	    "\n"
	    "# Reads a word as typed (COMP_WORDS keeps its quotes) the way\n"
	    "# bash would, into REPLY.  Never eval: the word may hold a\n"
	    "# $(...) that must not run.  Quotes and backslashes go, $HOME\n"
	    "# and ${HOME} expand, and so does a leading ~ if $2 is 1 (bash\n"
	    "# leaves it as typed after @DATA@=); the rest stays as typed.\n"
	    "_bpolpo_dequote() {\n"
	    "\tlocal w=$1 c q=\n"
	    "\tREPLY=\n"
	    "\tif [[ $2 == 1 && ($w == '~' || $w == '~/'*) ]]; then\n"
	    "\t\tREPLY=$HOME\n"
	    "\t\tw=${w#?}\n"
	    "\tfi\n"
	    "\twhile [[ -n $w ]]; do\n"
	    "\t\tc=${w:0:1}\n"
	    "\t\tw=${w:1}\n"
	    "\t\tif [[ $q == \"'\" ]]; then\n"
	    "\t\t\t[[ $c == \"'\" ]] && q= || REPLY+=$c\n"
	    "\t\telif [[ $c == '\\' &&\n"
	    "\t\t    ( -z $q || ${w:0:1} == [\\$\\`\\\"\\\\] ) ]]; then\n"
	    "\t\t\t# In \"...\", only \\$ \\` \\\" and \\\\ are escapes.\n"
	    "\t\t\tREPLY+=${w:0:1}\n"
	    "\t\t\tw=${w:1}\n"
	    "\t\telif [[ $c == '\"' ]]; then\n"
	    "\t\t\t[[ -n $q ]] && q= || q='\"'\n"
	    "\t\telif [[ $c == \"'\" && -z $q ]]; then\n"
	    "\t\t\tq=\"'\"\n"
	    "\t\telif [[ $c == '$' &&\n"
	    "\t\t    ($w == HOME || $w == HOME[^[:alnum:]_]*) ]]; then\n"
	    "\t\t\tREPLY+=$HOME\n"
	    "\t\t\tw=${w:4}\n"
	    "\t\telif [[ $c == '$' && $w == '{HOME}'* ]]; then\n"
	    "\t\t\tREPLY+=$HOME\n"
	    "\t\t\tw=${w:6}\n"
	    "\t\telse\n"
	    "\t\t\tREPLY+=$c\n"
	    "\t\tfi\n"
	    "\tdone\n"
	    "}\n"
	    "\n"
	    "# The words of $1 that the word being completed begins.\n"
	    "_bpolpo_words() {\n"
	    "\tCOMPREPLY=($(compgen -W \"$1\" -- \"$cur\"))\n"
	    "}\n"
	    "\n"
	    "# Files for the word being completed, one a line: names may\n"
	    "# hold spaces.  -o filenames quotes them and ends a directory\n"
	    "# with a / and no space.\n"
	    "_bpolpo_files() {\n"
	    "\tcompopt -o filenames 2>/dev/null\n"
	    "\t# compgen -f expands a leading ~ itself, and keeps it.\n"
	    "\t_bpolpo_dequote \"$1\" 0\n"
	    "\tmapfile -t COMPREPLY < <(compgen -f -- \"$REPLY\")\n"
	    "}\n"
	    "\n"
	    "# Whether the word being completed is in a @PICK@ or @WEIGHT@\n"
	    "# list, whose items bash splits at their '=': the list up to it\n"
	    "# in REPLY, the option in _bpolpo_opt.\n"
	    "_bpolpo_pick() {\n"
	    "\tlocal i=$COMP_CWORD\n"
	    "\tREPLY=\n"
	    "\twhile ((i > 1)); do\n"
	    "\t\tREPLY=${COMP_WORDS[i]}$REPLY\n"
	    "\t\tif [[ ${COMP_WORDS[i-1]} == @PICK@ ||\n"
	    "\t\t    ${COMP_WORDS[i-1]} == @WEIGHT@ ]]; then\n"
	    "\t\t\t_bpolpo_opt=${COMP_WORDS[i-1]}\n"
	    "\t\t\tREPLY=${REPLY#=}\n"
	    "\t\t\treturn 0\n"
	    "\t\tfi\n"
	    "\t\t[[ ${COMP_WORDS[i]} == = || ${COMP_WORDS[i-1]} == = ]] ||\n"
	    "\t\t    return 1\n"
	    "\t\t((i--))\n"
	    "\tdone\n"
	    "\treturn 1\n"
	    "}\n"
	    "\n"
	    "_bpolpo() {\n"
	    "\tlocal cur=${COMP_WORDS[COMP_CWORD]}\n"
	    "\tlocal prev=${COMP_WORDS[COMP_CWORD-1]} eq=\n"
	    "\tlocal cmds=");
	command_words(&w, cmds);
	sq(out, w.data);
	bp_buf_puts(out, "\n\tlocal shells=");
	w.len = 0;
	words(&w, bp_shells);
	sq(out, w.data);
	bp_buf_puts(out, "\n\tlocal opts=");
	w.len = 0;
	option_words(&w);
	sq(out, w.data);
	put(out,
	    "\n"
	    "\t# bash splits --opt=value into three words: --opt, =, value.\n"
	    "\tif [[ $cur == = ]]; then\n"
	    "\t\tcur=\n"
	    "\t\teq=1\n"
	    "\telif [[ $prev == = ]]; then\n"
	    "\t\tprev=${COMP_WORDS[COMP_CWORD-2]}\n"
	    "\t\teq=1\n"
	    "\tfi\n"
	    "\tlocal i j cmd= REPLY\n"
	    "\t_bpolpo_data=()\n"
	    "\tfor ((i = 1; i < COMP_CWORD; i++)); do\n"
	    "\t\t# j: where an option's value is, after a split-off '='.\n"
	    "\t\tj=$((i + 1))\n"
	    "\t\t[[ ${COMP_WORDS[j]} == = ]] && ((j++))\n"
	    "\t\tcase ${COMP_WORDS[i]} in\n"
	    "\t\t@DATA@)\n"
	    "\t\t\t# ~ expands in a word of its own only.\n"
	    "\t\t\t_bpolpo_dequote \"${COMP_WORDS[j]}\" $((j == i + 1))\n"
	    "\t\t\t_bpolpo_data=(@DATA@ \"$REPLY\")\n"
	    "\t\t\ti=$j ;;\n"
	    "\t\t");
	takes_value(out);
	put(out, ") i=$j ;;\n"
	    "\t\t-*) [[ ${COMP_WORDS[i+1]} == = ]] && i=$j ;;\n"
	    "\t\t# The rest of a value split at an '=' (@PICK@ a=b).\n"
	    "\t\t=) ((i++)) ;;\n"
	    "\t\t*) [[ -z $cmd ]] && cmd=${COMP_WORDS[i]} ;;\n"
	    "\t\tesac\n"
	    "\tdone\n"
	    "\t# @PICK@ FEATURE=SUBJECT,... and @WEIGHT@ ID=N,...: the id\n"
	    "\t# of the last item.\n"
	    "\tlocal _bpolpo_opt\n"
	    "\tif _bpolpo_pick; then\n"
	    "\t\tif [[ ${REPLY##*,} != *=* ]]; then\n"
	    "\t\t\tlocal done=${COMP_WORDS[COMP_CWORD]} of=");
	put(out, features_owner(cmds));
	put(out, "\n"
	    "\t\t\t[[ $_bpolpo_opt == @WEIGHT@ ]] && of=");
	put(out, criteria_owner(cmds));
	put(out, "\n"
	    "\t\t\t[[ $done == *,* ]] && done=${done%,*}, || done=\n"
	    "\t\t\tcompopt -o nospace 2>/dev/null\n"
	    "\t\t\tCOMPREPLY=($(compgen -P \"$done\" -S = -W \"$(_bpolpo_ids "
	    "$of)\" -- \"${cur##*,}\"))\n"
	    "\t\tfi\n"
	    "\t\treturn\n"
	    "\tfi\n"
	    "\tcase $prev in\n");
	/* Values: after the option, or after its '=' when it may go without. */
	for (i = 0; i < BP_OPT__MAX; i++) {
		if (bp_options[i].values == NULL)
			continue;
		bp_buf_printf(out, "\t--%s)\n", bp_options[i].name);
		if (bp_options[i].optional)
			put(out, "\t\tif [[ -n $eq ]]; then\n\t");
		put(out, "\t\tCOMPREPLY=($(compgen -W \"");
		values(out, &bp_options[i]);
		put(out, "\" -- \"$cur\"))\n");
		if (bp_options[i].optional)
			put(out, "\t\t\treturn\n\t\tfi ;;\n");
		else
			put(out, "\t\treturn ;;\n");
	}
	for (i = 0; i < BP_OPT__MAX; i++) {
		if (bp_options[i].argkind == BP_ARG_FILE)
			bp_buf_printf(out, "\t--%s) _bpolpo_files \"$cur\"; "
			    "return ;;\n", bp_options[i].name);
		if (!is_list(cmds, &bp_options[i]))
			continue;
		/* A comma-separated list: complete its last id. */
		bp_buf_printf(out, "\t--%s)\n"
		    "\t\tlocal done=${cur%%,*}\n"
		    "\t\t[[ $done == \"$cur\" ]] && done= || done=$done,\n"
		    "\t\tCOMPREPLY=($(compgen -P \"$done\" -W \"$(_bpolpo_ids "
		    "%s)\" -- \"${cur##*,}\"))\n"
		    "\t\treturn ;;\n", bp_options[i].name,
		    owner(cmds, &bp_options[i]));
	}
	put(out, "\t");
	takes_value(out);
	put(out, ") return ;;\n"
	    "\tesac\n"
	    "\tif [[ $cur == -* ]]; then\n"
	    "\t\tCOMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
	    "\t\treturn\n"
	    "\tfi\n"
	    "\tcase $cmd in\n"
	    "\t'') COMPREPLY=($(compgen -W \"$cmds\" -- \"$cur\")) ;;\n");
	command_cases(out, cmds, bash_args, "\t", ") ");
	put(out,
	    "\tesac\n"
	    "}\n"
	    "complete -F _bpolpo bpolpo\n");
	bp_buf_free(&w);
}

/* "name:description" for zsh's _describe, ':' in the name escaped. */
static void
zsh_pair(struct bp_buf *out, const char *name, const char *what)
{
	struct bp_buf	 b = BP_BUF_INIT;

	for (; *name != '\0'; name++) {
		if (*name == ':')
			bp_buf_putc(&b, '\\');
		bp_buf_putc(&b, *name);
	}
	bp_buf_printf(&b, ":%s", what);
	bp_buf_putc(out, ' ');
	sq(out, b.data);
	bp_buf_free(&b);
}

/* What completes each kind of command argument, in zsh. */
static const char *const zsh_args[] = {
	[BP_ARG_QUERY] = "_bpolpo_ids $cmd ;;\n",
	[BP_ARG_COMMAND] = "_describe -t commands command cmds ;;\n",
	[BP_ARG_SHELL] = "compadd -- $shells ;;\n",
	[BP_ARG_FILE] = "_files ;;\n",
	[BP_ARG_SIDE] = ("_alternative 'files:file:_files' "
	    "'builtin:built-in comparison:(" BP_BUILTIN_WORD ")' ;;\n"),
	[BP_ARG_FEATURES] = NULL,
	[BP_ARG_SUBJECTS] = NULL,
	[BP_ARG_CRITERIA] = NULL,
};

static void
zsh(struct bp_buf *out, const struct bp_command *cmds)
{
	char	 name[40];
	size_t	 i;

	put(out,
	    "#compdef bpolpo\n"
	    "# zsh completion for bpolpo: bpolpo completion zsh\n"
	    "# Made from bpolpo's tables of commands and options.  Ids come\n"
	    "# from the binary itself, so a @DATA@ file completes too.\n"
	    "\n"
	    "# Reads a @DATA@ word as typed ($words keeps its quotes) the\n"
	    "# way zsh would, into REPLY: (Q) removes the quoting, then\n"
	    "# $HOME, ${HOME} and, if $2 is 1 (zsh leaves it as typed after\n"
	    "# @DATA@=), a leading ~ expand, quoted or not.  Never (e): the\n"
	    "# word may hold a $(...) that must not run.\n"
	    "_bpolpo_file() {\n"
	    "\tsetopt localoptions extendedglob\n"
	    "\tREPLY=${(Q)1}\n"
	    "\tREPLY=${REPLY//\\$\\{HOME\\}/$HOME}\n"
	    "\tREPLY=${REPLY//(#b)\\$HOME([^[:alnum:]_]|(#e))/$HOME$match[1]}\n"
	    "\t[[ $2 == 1 && $REPLY == \\~(|/*) ]] && REPLY=$HOME${REPLY#\\~}\n"
	    "}\n"
	    "\n"
	    "# Ids of a command, with their questions, titles, labels; the\n"
	    "# arguments after the command go to compadd.\n"
	    "_bpolpo_ids() {\n"
	    "\tlocal -a ids\n"
	    "\tids=(${${(f)\"$(${words[1]} \"${data[@]}\" $1 @IDS@=@DESCRIBED@ "
	    "2>/dev/null)\"}/$'\\t'/:})\n"
	    "\t_describe -t ids id ids \"${@:2}\"\n"
	    "}\n"
	    "\n"
	    "_bpolpo() {\n"
	    "\tlocal -a cmds opts data shells\n"
	    "\tcmds=(");
	for (i = 0; i < BP_CMD__MAX; i++)
		zsh_pair(out, cmds[i].name, cmds[i].summary);
	put(out, " )\n\topts=(");
	for (i = 0; i < BP_OPT__MAX; i++) {
		snprintf(name, sizeof(name), "--%s", bp_options[i].name);
		zsh_pair(out, name, bp_options[i].help);
		if (bp_options[i].shortname != 0) {
			snprintf(name, sizeof(name), "-%c",
			    bp_options[i].shortname);
			zsh_pair(out, name, bp_options[i].help);
		}
	}
	put(out, " )\n\tshells=(");
	for (i = 0; bp_shells[i] != NULL; i++)
		bp_buf_printf(out, " %s", bp_shells[i]);
	put(out,
	    " )\n"
	    "\tlocal i cmd= eq= REPLY prev=${words[CURRENT-1]} "
	    "cur=${words[CURRENT]}\n"
	    "\tfor ((i = 2; i < CURRENT; i++)); do\n"
	    "\t\tcase ${words[i]} in\n"
	    "\t\t@DATA@)\n"
	    "\t\t\t_bpolpo_file \"${words[i+1]}\" 1\n"
	    "\t\t\tdata=(@DATA@ \"$REPLY\")\n"
	    "\t\t\t((i++)) ;;\n"
	    "\t\t@DATA@=*)\n"
	    "\t\t\t_bpolpo_file \"${words[i]#@DATA@=}\" 0\n"
	    "\t\t\tdata=(@DATA@ \"$REPLY\") ;;\n"
	    "\t\t--*=*) ;;\n"
	    "\t\t");
	takes_value(out);
	put(out, ") ((i++)) ;;\n"
	    "\t\t-*) ;;\n"
	    "\t\t*) [[ -z $cmd ]] && cmd=${words[i]} ;;\n"
	    "\t\tesac\n"
	    "\tdone\n"
	    "\t# --opt=value: complete the value after the '='.\n"
	    "\tif [[ $cur == --*=* ]]; then\n"
	    "\t\tprev=${cur%%=*}\n"
	    "\t\tcompset -P '*='\n"
	    "\t\teq=1\n"
	    "\telif [[ $prev == --*=* ]]; then\n"
	    "\t\tprev=\n"
	    "\tfi\n"
	    "\tcase $prev in\n");
	/* Values: after the option, or after its '=' when it may go without. */
	for (i = 0; i < BP_OPT__MAX; i++) {
		if (bp_options[i].values == NULL)
			continue;
		bp_buf_printf(out, "\t--%s)%s compadd -- ", bp_options[i].name,
		    bp_options[i].optional ? " [[ -n $eq ]] && {" : "");
		values(out, &bp_options[i]);
		put(out, bp_options[i].optional ? "; return } ;;\n" :
		    "; return ;;\n");
	}
	for (i = 0; i < BP_OPT__MAX; i++) {
		if (bp_options[i].argkind == BP_ARG_FILE)
			bp_buf_printf(out, "\t--%s) _files; return ;;\n",
			    bp_options[i].name);
		/* A comma-separated list: complete its last id. */
		if (is_list(cmds, &bp_options[i]))
			bp_buf_printf(out, "\t--%s)\n"
			    "\t\tcompset -P '*,'\n"
			    "\t\t_bpolpo_ids %s\n"
			    "\t\treturn ;;\n", bp_options[i].name,
			    owner(cmds, &bp_options[i]));
	}
	/* FEATURE=SUBJECT,...: the feature of the last item, then '='. */
	bp_buf_printf(out, "\t--%s)\n"
	    "\t\tcompset -P '*,'\n"
	    "\t\t[[ ${${cur#--%s=}##*,} == *=* ]] ||\n"
	    "\t\t    _bpolpo_ids %s -S =\n"
	    "\t\treturn ;;\n", bp_options[BP_OPT_PICK].name,
	    bp_options[BP_OPT_PICK].name, features_owner(cmds));
	/* ID=N,...: the id of the last item, then '='. */
	bp_buf_printf(out, "\t--%s)\n"
	    "\t\tcompset -P '*,'\n"
	    "\t\t[[ ${${cur#--%s=}##*,} == *=* ]] ||\n"
	    "\t\t    _bpolpo_ids %s -S =\n"
	    "\t\treturn ;;\n", bp_options[BP_OPT_WEIGHT].name,
	    bp_options[BP_OPT_WEIGHT].name, criteria_owner(cmds));
	put(out, "\t");
	takes_value(out);
	put(out, ") return ;;\n"
	    "\tesac\n"
	    "\tif [[ $cur == -* ]]; then\n"
	    "\t\t_describe -t options option opts\n"
	    "\t\treturn\n"
	    "\tfi\n"
	    "\tcase $cmd in\n"
	    "\t'') _describe -t commands command cmds ;;\n");
	command_cases(out, cmds, zsh_args, "\t", ") ");
	put(out,
	    "\tesac\n"
	    "}\n"
	    "_bpolpo \"$@\"\n");
}

static void
fish(struct bp_buf *out, const struct bp_command *cmds)
{
	struct bp_buf	 w = BP_BUF_INIT;
	size_t		 i;

	put(out,
	    "# fish completion for bpolpo: bpolpo completion fish\n"
	    "# Made from bpolpo's tables of commands and options.  Ids come\n"
	    "# from the binary itself, so a @DATA@ file completes too.\n"
	    "function __bpolpo_ids\n"
	    "\tset -l tokens (commandline -opc)\n"
	    "\tset -l data\n"
	    "\tfor i in (seq 2 (count $tokens))\n"
	    "\t\tswitch $tokens[$i]\n"
	    "\t\tcase @DATA@\n"
	    "\t\t\tset data @DATA@ (__bpolpo_file 1 $tokens[(math $i + 1)])\n"
	    "\t\tcase '@DATA@=*'\n"
	    "\t\t\tset data @DATA@ (__bpolpo_file 0 "
	    "(string replace -r -- '^@DATA@=' '' $tokens[$i]))\n"
	    "\t\tend\n"
	    "\tend\n"
	    "\t# An id, a tab, its question, title or label: fish shows both.\n"
	    "\t$tokens[1] $data $argv @IDS@=@DESCRIBED@ 2>/dev/null\n"
	    "end\n"
	    "\n"
	    "# __bpolpo_file TILDE TOKEN: a @DATA@ token read the way fish\n"
	    "# would.  commandline -o has removed the quotes but left $HOME\n"
	    "# and a leading ~ as typed: expand $HOME and, if TILDE is 1\n"
	    "# (fish leaves it as typed after @DATA@=), a leading ~.  Never\n"
	    "# eval: the token may hold a (...) that must not run.\n"
	    "function __bpolpo_file\n"
	    "\t# $HOME for string replace -r, where \\ and $ are special.\n"
	    "\tset -l home (string replace -a '\\\\' '\\\\\\\\' -- \"$HOME\""
	    " |\n"
	    "\t    string replace -a '$' '$$')\n"
	    "\tset -l f (string replace -ra -- '\\$HOME(?![[:alnum:]_])' "
	    "\"$home\" \"$argv[2]\")\n"
	    "\tif test \"$argv[1]\" = 1\n"
	    "\t\tset f (string replace -r -- '^~(?=/|$)' \"$home\" \"$f\")\n"
	    "\tend\n"
	    "\tprintf '%s\\n' \"$f\"\n"
	    "end\n"
	    "\n"
	    "# __bpolpo_list OPTION COMMAND: OPTION takes a comma-separated\n"
	    "# list of COMMAND's ids: complete its last id.\n"
	    "function __bpolpo_list\n"
	    "\tset -l done (string replace -r '[^,]*$' '' -- "
	    "(commandline -ct | string replace -r -- \"^$argv[1]=\" ''))\n"
	    "\tfor id in (__bpolpo_ids $argv[2])\n"
	    "\t\techo $done$id\n"
	    "\tend\n"
	    "end\n"
	    "\n"
	    "# __bpolpo_picks OPTION COMMAND: @PICK@ takes FEATURE=SUBJECT\n"
	    "# items, @WEIGHT@ ID=N items, comma-separated: complete the id of\n"
	    "# the last one, and '='.\n"
	    "function __bpolpo_picks\n"
	    "\tset -l tok (commandline -ct)\n"
	    "\tset tok (string replace -r -- \"^$argv[1]=\" '' \"$tok\")\n"
	    "\tstring match -q -- '*=*' (string replace -r -- '^.*,' '' \"$tok\")\n"
	    "\tand return\n"
	    "\tset -l done (string replace -r -- '[^,]*$' '' \"$tok\")\n"
	    "\tfor id in (__bpolpo_ids $argv[2])\n"
	    "\t\tstring replace -r -- '^([^\\t]*)' \"$done\\$1=\" $id\n"
	    "\tend\n"
	    "end\n"
	    "\n"
	    "set -l cmds ");
	command_words(&w, cmds);
	bp_buf_puts(out, w.data);
	put(out,
	    "\n"
	    "complete -c bpolpo -f\n");
	for (i = 0; i < BP_CMD__MAX; i++) {
		bp_buf_printf(out, "complete -c bpolpo -n \"not "
		    "__fish_seen_subcommand_from $cmds\" -a %s -d ",
		    cmds[i].name);
		sq(out, cmds[i].summary);
		bp_buf_putc(out, '\n');
	}
	/* What each command's arguments complete to. */
	for (i = 0; i < BP_CMD__MAX; i++) {
		if (cmds[i].argkind == BP_ARG_NONE ||
		    cmds[i].argkind == BP_ARG_TERMS)
			continue;
		bp_buf_printf(out, "complete -c bpolpo -n "
		    "\"__fish_seen_subcommand_from %s\"", cmds[i].name);
		if (cmds[i].argkind == BP_ARG_QUERY)
			bp_buf_printf(out, " -a \"(__bpolpo_ids %s)\"\n",
			    cmds[i].name);
		else if (cmds[i].argkind == BP_ARG_COMMAND)
			put(out, " -a \"$cmds\"\n");
		else if (cmds[i].argkind == BP_ARG_SHELL) {
			w.len = 0;
			words(&w, bp_shells);
			bp_buf_printf(out, " -a \"%s\"\n", w.data);
		} else if (cmds[i].argkind == BP_ARG_SIDE)
			put(out, " -F -a " BP_BUILTIN_WORD "\n");
		else
			put(out, " -F\n");
	}
	/* Each option with its help line; values where there are a few. */
	for (i = 0; i < BP_OPT__MAX; i++) {
		const struct bp_option *op = &bp_options[i];

		put(out, "complete -c bpolpo");
		if (op->shortname != 0)
			bp_buf_printf(out, " -s %c", op->shortname);
		bp_buf_printf(out, " -l %s", op->name);
		if (op->argkind == BP_ARG_FILE)
			put(out, " -r -F");
		else if (is_list(cmds, op))
			bp_buf_printf(out, " -x -a \"(__bpolpo_list --%s %s)\"",
			    op->name, owner(cmds, op));
		else if (i == BP_OPT_PICK || i == BP_OPT_WEIGHT)
			bp_buf_printf(out, " -x -a \"(__bpolpo_picks --%s %s)\"",
			    op->name, i == BP_OPT_PICK ? features_owner(cmds) :
			    criteria_owner(cmds));
		else if (op->values != NULL) {
			w.len = 0;
			values(&w, op);
			bp_buf_printf(out, " %s -a \"%s\"", op->optional ? "-f" :
			    "-x", w.data);
		} else if (op->arg != NULL)
			put(out, " -x");
		put(out, " -d ");
		sq(out, op->help);
		bp_buf_putc(out, '\n');
	}
	bp_buf_free(&w);
}

int
bp_completion(struct bp_buf *out, const struct bp_command *cmds,
    const char *shell)
{
	static void (*const write[])(struct bp_buf *,
	    const struct bp_command *) = { bash, zsh, fish };
	size_t	 i;

	/* bp_shells, in this order. */
	for (i = 0; i < sizeof(write) / sizeof(write[0]) &&
	    bp_shells[i] != NULL; i++)
		if (strcmp(shell, bp_shells[i]) == 0) {
			write[i](out, cmds);
			return 1;
		}
	return 0;
}
