/* Shell completion scripts (bash, zsh, fish), filled with the real command and option names. */
#include <string.h>

#include "bp_buf.h"
#include "bp_render.h"

/* Options whose value is one of a few words, and the words. */
static const char *const valued[][2] = {
	{ "--color", "auto always never" },
	{ "--format", "text markdown json" },
	{ "--layout", "auto table stacked" },
};
#define NVALUED	(sizeof(valued) / sizeof(valued[0]))

static void
words(struct bp_buf *out, const char *const *v, size_t n)
{
	size_t	 i;
	int	 first = 1;

	for (i = 0; i < n; i++)
		if (v[i] != NULL && *v[i] != '\0') {
			bp_buf_printf(out, "%s%s", first ? "" : " ", v[i]);
			first = 0;
		}
}

static void
bash(struct bp_buf *out, const char *const *cmds, size_t ncmds,
    const char *const *opts, size_t nopts)
{
	size_t	 i;

	bp_buf_puts(out,
	    "# bash completion for bpolpo: bpolpo completion bash\n"
	    "# Ids come from the binary itself, so a --data file completes too.\n"
	    "_bpolpo_ids() {\n"
	    "\t\"${COMP_WORDS[0]}\" \"${_bpolpo_data[@]}\" \"$1\" --ids "
	    "2>/dev/null\n"
	    "}\n"
	    "\n"
	    "# Reads a word as typed (COMP_WORDS keeps its quotes) the way\n"
	    "# bash would, into REPLY.  Never eval: the word may hold a\n"
	    "# $(...) that must not run.  Quotes and backslashes go, $HOME\n"
	    "# and ${HOME} expand, and so does a leading ~ if $2 is 1 (bash\n"
	    "# leaves it as typed after --data=); the rest stays as typed.\n"
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
	    "_bpolpo() {\n"
	    "\tlocal cur=${COMP_WORDS[COMP_CWORD]}\n"
	    "\tlocal prev=${COMP_WORDS[COMP_CWORD-1]}\n"
	    "\tlocal cmds=\"");
	words(out, cmds, ncmds);
	bp_buf_puts(out, "\"\n\tlocal opts=\"");
	words(out, opts, nopts);
	bp_buf_puts(out,
	    "\"\n"
	    "\t# bash splits --opt=value into three words: --opt, =, value.\n"
	    "\tif [[ $cur == = ]]; then\n"
	    "\t\tcur=\n"
	    "\telif [[ $prev == = ]]; then\n"
	    "\t\tprev=${COMP_WORDS[COMP_CWORD-2]}\n"
	    "\tfi\n"
	    "\tlocal i j cmd= REPLY\n"
	    "\t_bpolpo_data=()\n"
	    "\tfor ((i = 1; i < COMP_CWORD; i++)); do\n"
	    "\t\t# j: where an option's value is, after a split-off '='.\n"
	    "\t\tj=$((i + 1))\n"
	    "\t\t[[ ${COMP_WORDS[j]} == = ]] && ((j++))\n"
	    "\t\tcase ${COMP_WORDS[i]} in\n"
	    "\t\t--data)\n"
	    "\t\t\t# ~ expands in a word of its own only.\n"
	    "\t\t\t_bpolpo_dequote \"${COMP_WORDS[j]}\" $((j == i + 1))\n"
	    "\t\t\t_bpolpo_data=(--data \"$REPLY\")\n"
	    "\t\t\ti=$j ;;\n"
	    "\t\t--width|-w|--format|--layout|--rows) i=$j ;;\n"
	    "\t\t--color) case ${COMP_WORDS[j]} in auto|always|never) i=$j ;; "
	    "esac ;;\n"
	    "\t\t-*) ;;\n"
	    "\t\t*) [[ -z $cmd ]] && cmd=${COMP_WORDS[i]} ;;\n"
	    "\t\tesac\n"
	    "\tdone\n"
	    "\tcase $prev in\n");
	for (i = 0; i < NVALUED; i++)
		bp_buf_printf(out, "\t%s) COMPREPLY=($(compgen -W \"%s\" -- "
		    "\"$cur\")); return ;;\n", valued[i][0], valued[i][1]);
	bp_buf_puts(out,
	    "\t--data) _bpolpo_files \"$cur\"; return ;;\n"
	    "\t--width|-w) return ;;\n"
	    "\t--rows)\n"
	    "\t\t# A comma-separated list: complete its last id.\n"
	    "\t\tlocal done=${cur%,*}\n"
	    "\t\t[[ $done == \"$cur\" ]] && done= || done=$done,\n"
	    "\t\tCOMPREPLY=($(compgen -P \"$done\" -W \"$(_bpolpo_ids "
	    "compare)\" -- \"${cur##*,}\"))\n"
	    "\t\treturn ;;\n"
	    "\tesac\n"
	    "\tif [[ $cur == -* ]]; then\n"
	    "\t\tCOMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
	    "\t\treturn\n"
	    "\tfi\n"
	    "\tcase $cmd in\n"
	    "\t'') COMPREPLY=($(compgen -W \"$cmds\" -- \"$cur\")) ;;\n"
	    "\tfaq|show) COMPREPLY=($(compgen -W \"$(_bpolpo_ids $cmd)\" -- "
	    "\"$cur\")) ;;\n"
	    "\thelp) COMPREPLY=($(compgen -W \"$cmds\" -- \"$cur\")) ;;\n"
	    "\tcompletion) COMPREPLY=($(compgen -W \"bash zsh fish\" -- "
	    "\"$cur\")) ;;\n"
	    "\tcheck) _bpolpo_files \"$cur\" ;;\n"
	    "\tesac\n"
	    "}\n"
	    "complete -F _bpolpo bpolpo\n");
}

static void
zsh(struct bp_buf *out, const char *const *cmds, size_t ncmds,
    const char *const *opts, size_t nopts)
{
	size_t	 i;

	bp_buf_puts(out,
	    "#compdef bpolpo\n"
	    "# zsh completion for bpolpo: bpolpo completion zsh\n"
	    "# Ids come from the binary itself, so a --data file completes too.\n"
	    "\n"
	    "# Reads a --data word as typed ($words keeps its quotes) the\n"
	    "# way zsh would, into REPLY: (Q) removes the quoting, then\n"
	    "# $HOME, ${HOME} and, if $2 is 1 (zsh leaves it as typed after\n"
	    "# --data=), a leading ~ expand, quoted or not.  Never (e): the\n"
	    "# word may hold a $(...) that must not run.\n"
	    "_bpolpo_file() {\n"
	    "\tsetopt localoptions extendedglob\n"
	    "\tREPLY=${(Q)1}\n"
	    "\tREPLY=${REPLY//\\$\\{HOME\\}/$HOME}\n"
	    "\tREPLY=${REPLY//(#b)\\$HOME([^[:alnum:]_]|(#e))/$HOME$match[1]}\n"
	    "\t[[ $2 == 1 && $REPLY == \\~(|/*) ]] && REPLY=$HOME${REPLY#\\~}\n"
	    "}\n"
	    "\n"
	    "_bpolpo() {\n"
	    "\tlocal -a cmds opts data\n"
	    "\tcmds=(");
	words(out, cmds, ncmds);
	bp_buf_puts(out, ")\n\topts=(");
	words(out, opts, nopts);
	bp_buf_puts(out,
	    ")\n"
	    "\tlocal i cmd= REPLY prev=${words[CURRENT-1]} "
	    "cur=${words[CURRENT]}\n"
	    "\tfor ((i = 2; i < CURRENT; i++)); do\n"
	    "\t\tcase ${words[i]} in\n"
	    "\t\t--data)\n"
	    "\t\t\t_bpolpo_file \"${words[i+1]}\" 1\n"
	    "\t\t\tdata=(--data \"$REPLY\")\n"
	    "\t\t\t((i++)) ;;\n"
	    "\t\t--data=*)\n"
	    "\t\t\t_bpolpo_file \"${words[i]#--data=}\" 0\n"
	    "\t\t\tdata=(--data \"$REPLY\") ;;\n"
	    "\t\t--*=*) ;;\n"
	    "\t\t--width|-w|--format|--layout|--rows) ((i++)) ;;\n"
	    "\t\t--color) case ${words[i+1]} in auto|always|never) ((i++)) ;; "
	    "esac ;;\n"
	    "\t\t-*) ;;\n"
	    "\t\t*) [[ -z $cmd ]] && cmd=${words[i]} ;;\n"
	    "\t\tesac\n"
	    "\tdone\n"
	    "\tcase $prev in\n");
	for (i = 0; i < NVALUED; i++)
		bp_buf_printf(out, "\t%s) compadd -- %s; return ;;\n",
		    valued[i][0], valued[i][1]);
	bp_buf_puts(out,
	    "\t--data) _files; return ;;\n"
	    "\t--width|-w) return ;;\n"
	    "\t--rows)\n"
	    "\t\t# A comma-separated list: complete its last id.\n"
	    "\t\tcompset -P '*,'\n"
	    "\t\tcompadd -- ${(f)\"$(${words[1]} \"${data[@]}\" compare "
	    "--ids 2>/dev/null)\"}\n"
	    "\t\treturn ;;\n"
	    "\tesac\n"
	    "\tif [[ $cur == -* ]]; then\n"
	    "\t\tcompadd -- $opts\n"
	    "\t\treturn\n"
	    "\tfi\n"
	    "\tcase $cmd in\n"
	    "\t'') compadd -- $cmds ;;\n"
	    "\tfaq|show) compadd -- ${(f)\"$(${words[1]} \"${data[@]}\" $cmd "
	    "--ids 2>/dev/null)\"} ;;\n"
	    "\thelp) compadd -- $cmds ;;\n"
	    "\tcompletion) compadd -- bash zsh fish ;;\n"
	    "\tcheck) _files ;;\n"
	    "\tesac\n"
	    "}\n"
	    "_bpolpo \"$@\"\n");
}

static void
fish(struct bp_buf *out, const char *const *cmds, size_t ncmds,
    const struct bp_cmdinfo *opts, size_t nopts)
{
	size_t	 i, k;

	bp_buf_puts(out,
	    "# fish completion for bpolpo: bpolpo completion fish\n"
	    "# Ids come from the binary itself, so a --data file completes too.\n"
	    "function __bpolpo_ids\n"
	    "\tset -l tokens (commandline -opc)\n"
	    "\tset -l data\n"
	    "\tfor i in (seq 2 (count $tokens))\n"
	    "\t\tswitch $tokens[$i]\n"
	    "\t\tcase --data\n"
	    "\t\t\tset data --data (__bpolpo_file 1 $tokens[(math $i + 1)])\n"
	    "\t\tcase '--data=*'\n"
	    "\t\t\tset data --data (__bpolpo_file 0 "
	    "(string replace -r -- '^--data=' '' $tokens[$i]))\n"
	    "\t\tend\n"
	    "\tend\n"
	    "\t$tokens[1] $data $argv --ids 2>/dev/null\n"
	    "end\n"
	    "\n"
	    "# __bpolpo_file TILDE TOKEN: a --data token read the way fish\n"
	    "# would.  commandline -o has removed the quotes but left $HOME\n"
	    "# and a leading ~ as typed: expand $HOME and, if TILDE is 1\n"
	    "# (fish leaves it as typed after --data=), a leading ~.  Never\n"
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
	    "# --rows takes a comma-separated list: complete its last id.\n"
	    "function __bpolpo_rows\n"
	    "\tset -l done (string replace -r '[^,]*$' '' -- "
	    "(commandline -ct | string replace -r '^--rows=' ''))\n"
	    "\tfor id in (__bpolpo_ids compare)\n"
	    "\t\techo $done$id\n"
	    "\tend\n"
	    "end\n"
	    "\n"
	    "set -l cmds");
	for (i = 0; i < ncmds; i++)
		if (cmds[i] != NULL && *cmds[i] != '\0')
			bp_buf_printf(out, " %s", cmds[i]);
	bp_buf_puts(out,
	    "\n"
	    "complete -c bpolpo -f\n"
	    "complete -c bpolpo -n \"not __fish_seen_subcommand_from $cmds\" "
	    "-a \"$cmds\"\n"
	    "complete -c bpolpo -n \"__fish_seen_subcommand_from faq\" "
	    "-a \"(__bpolpo_ids faq)\"\n"
	    "complete -c bpolpo -n \"__fish_seen_subcommand_from show\" "
	    "-a \"(__bpolpo_ids show)\"\n"
	    "complete -c bpolpo -n \"__fish_seen_subcommand_from help\" "
	    "-a \"$cmds\"\n"
	    "complete -c bpolpo -n \"__fish_seen_subcommand_from completion\" "
	    "-a \"bash zsh fish\"\n"
	    "complete -c bpolpo -n \"__fish_seen_subcommand_from check\" -F\n");
	/* Each option with its help line; values where there are a few. */
	for (i = 0; i < nopts; i++) {
		const char *n = opts[i].name, *comma, *l;
		char	    lname[32];

		bp_buf_puts(out, "complete -c bpolpo");
		if (n[0] == '-' && n[1] != '-') {
			bp_buf_printf(out, " -s %c", n[1]);
			comma = strstr(n, ", ");
			n = comma != NULL ? comma + 2 : n + strlen(n);
		}
		if (n[0] == '-' && n[1] == '-') {
			l = n + 2;
			k = strcspn(l, " [=");
			if (k >= sizeof(lname))
				k = sizeof(lname) - 1;
			memcpy(lname, l, k);
			lname[k] = '\0';
			bp_buf_printf(out, " -l %s", lname);
			if (strcmp(lname, "data") == 0)
				bp_buf_puts(out, " -r -F");
			else if (strcmp(lname, "rows") == 0)
				bp_buf_puts(out, " -x -a \"(__bpolpo_rows)\"");
			else if (strcmp(lname, "width") == 0)
				bp_buf_puts(out, " -x");
			for (k = 0; k < NVALUED; k++)
				if (strcmp(lname, valued[k][0] + 2) == 0)
					bp_buf_printf(out, " -x -a \"%s\"",
					    valued[k][1]);
		}
		/* Summaries are bpolpo's own words, without '"' or '$'. */
		bp_buf_printf(out, " -d \"%s\"\n", opts[i].summary);
	}
}

int
bp_completion(struct bp_buf *out, const char *shell, const char *const *cmds,
    size_t ncmds, const struct bp_cmdinfo *opts, size_t nopts)
{
	const char	*names[64];
	char		 buf[64][32];
	size_t		 i, n = 0;

	/* Option names alone: "-w, --width N" gives "-w" and "--width". */
	for (i = 0; i < nopts && n + 2 <= sizeof(names) / sizeof(names[0]);
	    i++) {
		const char *p = opts[i].name;

		while (*p == '-') {
			size_t k = strcspn(p, " ,[=");

			if (k >= sizeof(buf[0]))
				k = sizeof(buf[0]) - 1;
			memcpy(buf[n], p, k);
			buf[n][k] = '\0';
			names[n] = buf[n];
			n++;
			p += k;
			p += strspn(p, ", ");
			if (*p != '-')
				break;
		}
	}
	if (strcmp(shell, "bash") == 0)
		bash(out, cmds, ncmds, names, n);
	else if (strcmp(shell, "zsh") == 0)
		zsh(out, cmds, ncmds, names, n);
	else if (strcmp(shell, "fish") == 0)
		fish(out, cmds, ncmds, opts, nopts);
	else
		return 0;
	return 1;
}
