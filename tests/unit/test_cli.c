/*
 * The command line's tables and everything that reads them: parsing as
 * getopt_long(3) does, help, the completion scripts, and bpolpo(1) and
 * the README, which must document every option and command the tables
 * hold; and the table of problems, whose codes bpolpo(5), the JSON
 * schema and the bad-input corpus must each hold, no more and no fewer.
 * Files are read from BP_TOP (the top of the tree; tests/run sets it),
 * else from the current directory.
 */
#include <dirent.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <cjson/cJSON.h>

#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "model/bp_doc.h"
#include "model/bp_input.h"
#include "model/bp_problem.h"
#include "render/bp_render.h"
#include "cli/bp_cli.h"

/* The path of a file of the tree, in path (size bytes). */
static const char *
tree_path(char *path, size_t size, const char *rel)
{
	const char	*top = getenv("BP_TOP");

	snprintf(path, size, "%s/%s", top != NULL ? top : ".", rel);
	return path;
}

/* A file of the tree, whole, NUL-terminated. */
static char *
slurp(const char *rel)
{
	struct bp_buf	 b = BP_BUF_INIT;
	char		 path[4096], chunk[8192];
	FILE		*f;
	size_t		 n;

	tree_path(path, sizeof(path), rel);
	if ((f = fopen(path, "r")) == NULL)
		fail_msg("cannot open %s", path);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		bp_buf_putn(&b, chunk, n);
	fclose(f);
	bp_buf_putn(&b, LIT(""));
	return bp_buf_take(&b);
}

/* The lines of a man page section, from ".Sh NAME" to the next ".Sh". */
static char *
section(const char *page, const char *name)
{
	char		 head[64];
	const char	*p, *end;

	snprintf(head, sizeof(head), "\n.Sh %s\n", name);
	if ((p = strstr(page, head)) == NULL)
		fail_msg("no section %s", name);
	p += strlen(head) - 1;
	if ((end = strstr(p, "\n.Sh ")) == NULL)
		end = p + strlen(p);
	return strndup(p, (size_t)(end - p));
}

/* Whether text has word (a whole token: no letter, digit or '-' around it). */
static int
has_token(const char *text, const char *word)
{
	const char	*p = text;
	size_t		 n = strlen(word);

	while ((p = strstr(p, word)) != NULL) {
		char	 after = p[n];

		if ((p == text || strchr(" \t\n\"'`(|[", p[-1]) != NULL) &&
		    (after == '\0' || strchr("abcdefghijklmnopqrstuvwxyz"
		    "0123456789-", after) == NULL))
			return 1;
		p += n;
	}
	return 0;
}

/* Whether some ".It" line of the section holds the token. */
static int
item_has(const char *sect, const char *token)
{
	const char	*line = sect;
	char		*copy;
	int		 found = 0;

	while (!found && (line = strstr(line, "\n.It ")) != NULL) {
		line++;
		copy = strndup(line, strcspn(line, "\n"));
		found = has_token(copy, token);
		free(copy);
	}
	return found;
}

static void
man_documents_every_option(void **state)
{
	char	*page = slurp("man/bpolpo.1"), *opts, *synopsis, tok[64];
	size_t	 i;

	(void)state;
	opts = section(page, "OPTIONS");
	synopsis = section(page, "SYNOPSIS");
	for (i = 0; i < BP_OPT__MAX; i++) {
		snprintf(tok, sizeof(tok), "Fl -%s", bp_options[i].name);
		if (!item_has(opts, tok))
			fail_msg("bpolpo(1) OPTIONS has no item for --%s",
			    bp_options[i].name);
		if (!has_token(synopsis, tok) && bp_options[i].shortname == 0)
			fail_msg("bpolpo(1) SYNOPSIS lacks --%s",
			    bp_options[i].name);
		if (bp_options[i].shortname == 0)
			continue;
		snprintf(tok, sizeof(tok), "Fl %c", bp_options[i].shortname);
		if (!item_has(opts, tok))
			fail_msg("bpolpo(1) OPTIONS has no item for -%c",
			    bp_options[i].shortname);
		if (!has_token(synopsis, tok))
			fail_msg("bpolpo(1) SYNOPSIS lacks -%c",
			    bp_options[i].shortname);
	}
	free(opts);
	free(synopsis);
	free(page);
}

static void
man_documents_every_command(void **state)
{
	char	*page = slurp("man/bpolpo.1"), *cmds, tok[64];
	size_t	 i;

	(void)state;
	cmds = section(page, "COMMANDS");
	for (i = 0; i < BP_CMD__MAX; i++) {
		snprintf(tok, sizeof(tok), "Cm %s", bp_commands[i].name);
		if (!item_has(cmds, tok))
			fail_msg("bpolpo(1) COMMANDS has no item for %s",
			    bp_commands[i].name);
	}
	free(cmds);
	free(page);
}

static void
readme_names_every_option_and_command(void **state)
{
	char	*readme = slurp("README.md"), tok[64];
	size_t	 i;

	(void)state;
	for (i = 0; i < BP_OPT__MAX; i++) {
		snprintf(tok, sizeof(tok), "--%s", bp_options[i].name);
		if (!has_token(readme, tok))
			fail_msg("README.md never names %s", tok);
	}
	for (i = 0; i < BP_CMD__MAX; i++) {
		snprintf(tok, sizeof(tok), "bpolpo %s", bp_commands[i].name);
		if (!has_token(readme, tok) && i != BP_CMD_OVERVIEW)
			fail_msg("README.md never shows '%s'", tok);
	}
	free(readme);
}

static void
help_and_completion_name_everything(void **state)
{
	static const char *const shells[] = { "bash", "zsh", "fish" };
	struct bp_opts	 o;
	struct bp_buf	 b = BP_BUF_INIT;
	char		 tok[64];
	size_t		 i, s;

	(void)state;
	memset(&o, 0, sizeof(o));
	o.width = 80;
	bp_help_all(&b, &o, bp_commands);
	for (i = 0; i < BP_OPT__MAX; i++) {
		snprintf(tok, sizeof(tok), "--%s", bp_options[i].name);
		if (!has_token(b.data, tok))
			fail_msg("--help lacks %s", tok);
	}
	for (i = 0; i < BP_CMD__MAX; i++)
		if (!has_token(b.data, bp_commands[i].name))
			fail_msg("--help lacks %s", bp_commands[i].name);
	for (s = 0; s < 3; s++) {
		b.len = 0;
		assert_true(bp_completion(&b, bp_commands, shells[s]));
		for (i = 0; i < BP_OPT__MAX; i++) {
			/* fish writes "-l name", the others "--name". */
			snprintf(tok, sizeof(tok), s == 2 ? "-l %s" : "--%s",
			    bp_options[i].name);
			if (strstr(b.data, tok) == NULL)
				fail_msg("%s completion lacks --%s", shells[s],
				    bp_options[i].name);
		}
		for (i = 0; i < BP_CMD__MAX; i++)
			if (!has_token(b.data, bp_commands[i].name))
				fail_msg("%s completion lacks %s", shells[s],
				    bp_commands[i].name);
	}
	b.len = 0;
	assert_false(bp_completion(&b, bp_commands, "tcsh"));
	bp_buf_free(&b);
}

/*
 * Parses a NULL-terminated argv, its usage messages (which the goldens
 * check) sent to /dev/null; returns bp_parse_args's status.
 */
static int
parse(struct bp_args *a, ...)
{
	char	*argv[32];
	va_list	 ap;
	int	 argc = 0, rc, saved, null;

	argv[argc++] = (char *)"bpolpo";
	va_start(ap, a);
	while ((argv[argc] = va_arg(ap, char *)) != NULL)
		argc++;
	va_end(ap);
	fflush(stderr);
	saved = dup(STDERR_FILENO);
	if ((null = open("/dev/null", O_WRONLY)) >= 0) {
		dup2(null, STDERR_FILENO);
		close(null);
	}
	rc = bp_parse_args(argc, argv, bp_commands, a);
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	return rc;
}

static void
parses_as_getopt_long(void **state)
{
	struct bp_args	 a;
	const char	*forms[][2] = {
		{ "-w80", NULL }, { "-w", "80" }, { "--width=80", NULL },
		{ "--width", "80" }, { "--wid=80", NULL },
	};
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		if (forms[i][1] != NULL)
			assert_int_equal(parse(&a, forms[i][0], forms[i][1],
			    "faq", NULL), -1);
		else
			assert_int_equal(parse(&a, forms[i][0], "faq", NULL),
			    -1);
		assert_int_equal(a.width, 80);
		assert_int_equal(a.cmd, BP_CMD_FAQ);
		free(a.pos);
	}
	/* Bundled; the first of --help and --version wins. */
	assert_int_equal(parse(&a, "-hV", NULL), -1);
	assert_true(a.help);
	assert_false(a.version);
	free(a.pos);
	assert_int_equal(parse(&a, "-Vh", NULL), -1);
	assert_false(a.help);
	assert_true(a.version);
	free(a.pos);
	/* Options after the command; "--" ends them. */
	assert_int_equal(parse(&a, "search", "--json", "--", "-driven",
	    "--ids", NULL), -1);
	assert_int_equal(a.cmd, BP_CMD_SEARCH);
	assert_int_equal(a.format, BP_FORMAT_JSON);
	assert_int_equal(a.npos, 2);
	assert_string_equal(a.pos[0], "-driven");
	assert_string_equal(a.pos[1], "--ids");
	assert_int_equal(a.ids, BP_IDS_NONE);
	free(a.pos);
	/* Optional values only after '='. */
	assert_int_equal(parse(&a, "--color", "faq", NULL), -1);
	assert_int_equal(a.color, BP_WHEN_ALWAYS);
	free(a.pos);
	assert_int_equal(parse(&a, "--color=never", "--ids=described", "faq",
	    NULL), -1);
	assert_int_equal(a.color, BP_WHEN_NEVER);
	assert_int_equal(a.ids, BP_IDS_DESCRIBED);
	free(a.pos);
	assert_int_equal(parse(&a, "--no-color", "--paging", "always", NULL),
	    -1);
	assert_int_equal(a.color, BP_WHEN_NEVER);
	assert_int_equal(a.paging, BP_WHEN_ALWAYS);
	assert_int_equal(a.cmd, BP_CMD_OVERVIEW);
	assert_false(a.havecmd);
	free(a.pos);
	assert_int_equal(parse(&a, "overview", NULL), -1);
	assert_int_equal(a.cmd, BP_CMD_OVERVIEW);
	assert_true(a.havecmd);
	free(a.pos);
}

static void
refuses_what_getopt_refuses(void **state)
{
	struct bp_args	 a;

	(void)state;
	/* Each prints its message on standard error: the goldens check those. */
	assert_int_equal(parse(&a, "--json=yes", NULL), 2);
	free(a.pos);
	assert_int_equal(parse(&a, "--co", NULL), 2);	/* --color, --compact */
	free(a.pos);
	assert_int_equal(parse(&a, "--width", NULL), 2);
	free(a.pos);
	assert_int_equal(parse(&a, "-w", "19", NULL), 2);
	free(a.pos);
	assert_int_equal(parse(&a, "--color", "never", "faq", NULL), 2);
	free(a.pos);
	assert_int_equal(parse(&a, "-x", NULL), 2);
	free(a.pos);
	/* A selector where it means nothing; a display option is ignored. */
	assert_int_equal(parse(&a, "faq", "--rows", "risk", NULL), 2);
	free(a.pos);
	assert_int_equal(parse(&a, "faq", "--layout", "table", NULL), -1);
	free(a.pos);
	assert_int_equal(parse(&a, "verdict", "extra", NULL), 2);
	free(a.pos);
	assert_int_equal(parse(&a, "faq", " \t", NULL), 2);
	free(a.pos);
}

/*
 * The problem whose code is the n bytes at s, or BP_P__MAX when the
 * table has none.
 */
static size_t
problem_of(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < BP_P__MAX; i++)
		if (strlen(bp_problems[i].code) == n &&
		    strncmp(bp_problems[i].code, s, n) == 0)
			break;
	return i;
}

/* Codes kebab-case and unique, a meaning each, a level of the two. */
static void
problem_table_is_consistent(void **state)
{
	size_t	 i, k;

	(void)state;
	for (i = 0; i < BP_P__MAX; i++) {
		const char *c = bp_problems[i].code;

		assert_non_null(c);
		assert_non_null(bp_problems[i].meaning);
		assert_true(bp_problems[i].level < BP_LEVEL__MAX);
		assert_string_equal(bp_problem_code((enum bp_problem)i), c);
		if (c[0] == '\0' || c[0] == '-' || c[strlen(c) - 1] == '-' ||
		    strstr(c, "--") != NULL ||
		    strspn(c, "abcdefghijklmnopqrstuvwxyz0123456789-") !=
		    strlen(c))
			fail_msg("problem code '%s' is not kebab-case", c);
		for (k = i + 1; k < BP_P__MAX; k++)
			assert_string_not_equal(c, bp_problems[k].code);
	}
}

/*
 * bpolpo(5)'s DIAGNOSTICS has an item ".It Cm CODE" for every code of
 * the table and for nothing else, each followed by the table's meaning
 * as its line: the page says what the table says.
 */
static void
man_lists_every_problem_code(void **state)
{
	char		*page = slurp("man/bpolpo.5"), *diags, *copy;
	const char	*line, *code, *meaning;
	unsigned char	 listed[BP_P__MAX];
	size_t		 i, n;

	(void)state;
	memset(listed, 0, sizeof(listed));
	diags = section(page, "DIAGNOSTICS");
	for (line = diags; (line = strstr(line, "\n.It Cm ")) != NULL;
	    line = meaning) {
		code = line + strlen("\n.It Cm ");
		n = strcspn(code, "\n");
		copy = strndup(code, n);
		if ((i = problem_of(code, n)) == BP_P__MAX)
			fail_msg("bpolpo(5) DIAGNOSTICS lists '%s', which is no "
			    "problem code", copy);
		if (listed[i])
			fail_msg("bpolpo(5) DIAGNOSTICS lists '%s' twice", copy);
		listed[i] = 1;
		meaning = code + n + (code[n] == '\n');
		n = strcspn(meaning, "\n");
		if (strlen(bp_problems[i].meaning) != n ||
		    strncmp(meaning, bp_problems[i].meaning, n) != 0)
			fail_msg("bpolpo(5) DIAGNOSTICS: '%s' means \"%.*s\", "
			    "the table \"%s\"", copy, (int)n, meaning,
			    bp_problems[i].meaning);
		free(copy);
	}
	for (i = 0; i < BP_P__MAX; i++)
		if (!listed[i])
			fail_msg("bpolpo(5) DIAGNOSTICS lacks '%s'",
			    bp_problems[i].code);
	free(diags);
	free(page);
}

/* The schema's enum of a problem's "code" is the table's codes, in order. */
static void
schema_lists_every_problem_code(void **state)
{
	char		*text = slurp("data/bpolpo.schema.json");
	cJSON		*schema, *codes, *c;
	size_t		 i = 0;

	(void)state;
	if ((schema = cJSON_Parse(text)) == NULL)
		fail_msg("data/bpolpo.schema.json is not JSON");
	codes = cJSON_GetObjectItemCaseSensitive(schema, "$defs");
	codes = cJSON_GetObjectItemCaseSensitive(codes, "check");
	codes = cJSON_GetObjectItemCaseSensitive(codes, "properties");
	codes = cJSON_GetObjectItemCaseSensitive(codes, "problems");
	codes = cJSON_GetObjectItemCaseSensitive(codes, "items");
	codes = cJSON_GetObjectItemCaseSensitive(codes, "properties");
	codes = cJSON_GetObjectItemCaseSensitive(codes, "code");
	codes = cJSON_GetObjectItemCaseSensitive(codes, "enum");
	if (!cJSON_IsArray(codes))
		fail_msg("the schema's check has no enum of problem codes");
	cJSON_ArrayForEach(c, codes) {
		if (!cJSON_IsString(c))
			fail_msg("the schema's problem codes hold a non-string");
		if (i == BP_P__MAX)
			fail_msg("the schema lists '%s' past the table's codes",
			    c->valuestring);
		if (strcmp(c->valuestring, bp_problems[i].code) != 0)
			fail_msg("the schema lists '%s' where the table has "
			    "'%s'", c->valuestring, bp_problems[i].code);
		i++;
	}
	if (i < BP_P__MAX)
		fail_msg("the schema lacks '%s'", bp_problems[i].code);
	cJSON_Delete(schema);
	free(text);
}

/*
 * Marks the codes of the problems in dg as seen, and frees it; the
 * problems' levels are the table's (no --strict here).
 */
static void
see_codes(struct bp_diags *dg, unsigned char *seen)
{
	size_t	 i;

	for (i = 0; i < dg->n; i++) {
		assert_true(dg->v[i].code < BP_P__MAX);
		assert_int_equal(dg->v[i].level,
		    bp_problems[dg->v[i].code].level);
		seen[dg->v[i].code] = 1;
	}
	bp_diags_free(dg);
}

/*
 * Every code of the table is given by some input of the bad-input
 * corpus, tests/errors/NAME.yaml, read as 'bpolpo check FILE' reads it: a
 * code that none gives is either dead or untested.  Two depend on how
 * the input is read, not on its bytes, and are given by the corpus read
 * otherwise: read-error by the directory read as a stream (as "check -
 * < tests/errors" does), file-too-large by a file of it read under a
 * limit smaller than it (as a pipe of more than 64 MiB is).
 */
static void
corpus_gives_every_problem_code(void **state)
{
	unsigned char	 seen[BP_P__MAX];
	struct bp_diags	 dg;
	struct bp_doc	*doc;
	struct dirent	*de;
	DIR		*dir;
	char		 dirpath[4096], path[8192];
	size_t		 i, n, files = 0;
	int		 fd;

	(void)state;
	memset(seen, 0, sizeof(seen));
	tree_path(dirpath, sizeof(dirpath), "tests/errors");
	if ((dir = opendir(dirpath)) == NULL)
		fail_msg("cannot open %s", dirpath);
	while ((de = readdir(dir)) != NULL) {
		n = strlen(de->d_name);
		if (n < 6 || strcmp(de->d_name + n - 5, ".yaml") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dirpath, de->d_name);
		/* Every problem kept (--max-errors 0): none is missed. */
		if (!bp_input(path, 1, 0, &dg, &doc))
			fail_msg("cannot read %s", path);
		bp_doc_free(doc);
		see_codes(&dg, seen);
		files++;
	}
	closedir(dir);
	assert_true(files > 0);

	if ((fd = open(dirpath, O_RDONLY | O_CLOEXEC)) < 0)
		fail_msg("cannot open %s", dirpath);
	bp_diags_init(&dg, "(stdin)");
	assert_null(bp_load_fd("(stdin)", fd, BP_INPUT_LIMIT, &dg));
	close(fd);
	see_codes(&dg, seen);
	snprintf(path, sizeof(path), "%s/unknown-key.yaml", dirpath);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		fail_msg("cannot open %s", path);
	bp_diags_init(&dg, "(stdin)");
	assert_null(bp_load_fd("(stdin)", fd, 16, &dg));
	close(fd);
	see_codes(&dg, seen);

	for (i = 0; i < BP_P__MAX; i++)
		if (!seen[i])
			fail_msg("no input of tests/errors gives '%s': add one",
			    bp_problems[i].code);
}

/* The table's own rules: names unique, values listed, kinds sensible. */
static void
tables_are_consistent(void **state)
{
	size_t	 i, k;

	(void)state;
	for (i = 0; i < BP_OPT__MAX; i++) {
		const struct bp_option *op = &bp_options[i];

		assert_non_null(op->name);
		assert_non_null(op->help);
		assert_true(bp_option_cmds(bp_commands, op) != 0);
		if (op->optional || op->values != NULL)
			assert_non_null(op->arg);
		for (k = i + 1; k < BP_OPT__MAX; k++) {
			assert_string_not_equal(op->name, bp_options[k].name);
			if (op->shortname != 0)
				assert_int_not_equal(op->shortname,
				    bp_options[k].shortname);
		}
	}
	for (i = 0; i < BP_CMD__MAX; i++) {
		assert_non_null(bp_commands[i].run);
		assert_int_equal(bp_find_cmd(bp_commands, bp_commands[i].name), (int)i);
	}
	assert_int_equal(bp_find_cmd(bp_commands, "nope"), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(man_documents_every_option),
		cmocka_unit_test(man_documents_every_command),
		cmocka_unit_test(readme_names_every_option_and_command),
		cmocka_unit_test(help_and_completion_name_everything),
		cmocka_unit_test(parses_as_getopt_long),
		cmocka_unit_test(refuses_what_getopt_refuses),
		cmocka_unit_test(tables_are_consistent),
		cmocka_unit_test(problem_table_is_consistent),
		cmocka_unit_test(man_lists_every_problem_code),
		cmocka_unit_test(schema_lists_every_problem_code),
		cmocka_unit_test(corpus_gives_every_problem_code),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
