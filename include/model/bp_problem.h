/*
 * What can be wrong with a comparison: one table of problems, each with
 * its stable code, its severity and what it means, as mandoc's enum
 * mandocerr has its table of texts.  The loader and the validator name
 * a problem by its enum and say the details at the call site
 * (bp_problem()); the severity comes from here, so it is said once, and
 * check --json gives the code, which scripts and editors match: a code
 * never changes once given, whatever the message's words become.  The
 * table lives apart from bp_diag.h, which collects and prints the
 * problems found: this is the catalogue, that the mechanism.
 * bpolpo(5) (DIAGNOSTICS) and data/bpolpo.schema.json list the codes;
 * test_cli checks both against the table, and that the bad-input corpus
 * (tests/errors) gives each code.
 */
#ifndef BP_PROBLEM_H
#define BP_PROBLEM_H

#include "base/bp_diag.h"

/* In the order bpolpo(5) lists them: as found, from the bytes up. */
enum bp_problem {
	/* Reading the input. */
	BP_P_READ_ERROR,
	BP_P_FILE_TOO_LARGE,
	BP_P_INVALID_UTF8,
	BP_P_CONTROL_CHARACTER,
	/* YAML. */
	BP_P_YAML_SYNTAX,
	BP_P_TAB_INDENT,
	BP_P_BAD_INDENT,
	BP_P_UNQUOTED_COLON,
	BP_P_TEXT_AFTER_QUOTE,
	BP_P_EMPTY_INPUT,
	BP_P_MULTIPLE_DOCUMENTS,
	BP_P_ANCHOR_OR_ALIAS,
	BP_P_UNSUPPORTED_TAG,
	BP_P_TOO_DEEP,
	BP_P_TOO_MANY_SMALL_ITEMS,
	/* The shape of the data: keys and values. */
	BP_P_WRONG_KIND,
	BP_P_UNKNOWN_KEY,
	BP_P_DUPLICATE_KEY,
	BP_P_MISSING_KEY,
	BP_P_EMPTY_VALUE,
	/* What the values say (the validator). */
	BP_P_UNSUPPORTED_FORMAT,
	BP_P_BAD_DATE,
	BP_P_BAD_URL,
	BP_P_TOO_FEW_ITEMS,
	BP_P_BAD_ID,
	BP_P_RESERVED_ID,
	BP_P_DUPLICATE_ID,
	BP_P_DUPLICATE_ITEM,
	BP_P_UNKNOWN_SUBJECT,
	BP_P_UNKNOWN_SOURCE,
	BP_P_BAD_EDGE,
	BP_P_MISSING_VALUE,
	BP_P__MAX
};

struct bp_problem_info {
	const char	*code;		/* kebab-case, stable */
	enum bp_level	 level;
	const char	*meaning;	/* one line, as bpolpo(5) gives it */
};

/* Indexed by enum bp_problem. */
extern const struct bp_problem_info bp_problems[BP_P__MAX];

/* The problem's code, such as "unknown-key". */
const char	*bp_problem_code(enum bp_problem);

/*
 * Records problem p found at a place in dg, with its severity from the
 * table: the message says what is wrong with this input (bp_vdiag()).
 */
void	bp_problem(struct bp_diags *dg, enum bp_problem p, struct bp_mark at,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

#endif
