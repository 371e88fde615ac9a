/* The table of problems: each one's code, severity and meaning, said once. */
#include <stdarg.h>

#include "base/bp_diag.h"
#include "model/bp_problem.h"

/*
 * A code, once given, is never renamed or given to another kind of
 * problem: scripts match it.  A meaning is one sentence, written as
 * bpolpo(5) gives it under the code (test_cli compares them): no markup,
 * no line break.
 */
const struct bp_problem_info bp_problems[BP_P__MAX] = {
	{ "read-error", BP_ERROR,
	    "The input could not be read; the system says why." },
	{ "file-too-large", BP_ERROR,
	    "Standard input or a pipe gave more than 64 MiB." },
	{ "invalid-utf8", BP_ERROR,
	    "Bytes that are not UTF-8, in the words of the YAML reader." },
	{ "control-character", BP_ERROR,
	    "A control character written as it is, or a NUL written as an "
	    "escape in quoted text." },
	{ "yaml-syntax", BP_ERROR,
	    "Not YAML, in the words of the YAML parser, when no hint below "
	    "applies." },
	{ "tab-indent", BP_ERROR,
	    "A tab where YAML wants spaces to indent." },
	{ "bad-indent", BP_ERROR,
	    "A key indented unlike the keys of its mapping above it." },
	{ "unquoted-colon", BP_ERROR,
	    "Text that is not quoted holds a colon and a space, which YAML "
	    "reads as a key." },
	{ "text-after-quote", BP_ERROR,
	    "Quoted text goes on after its closing quote." },
	{ "empty-input", BP_ERROR,
	    "The input is empty or holds only comments." },
	{ "multiple-documents", BP_ERROR,
	    "The input holds a second YAML document." },
	{ "anchor-or-alias", BP_ERROR,
	    "An anchor or an alias, which this format does not allow." },
	{ "unsupported-tag", BP_ERROR,
	    "A tag other than those of the core schema." },
	{ "too-deep", BP_ERROR,
	    "Lists and mappings nested deeper than 64 levels." },
	{ "too-many-small-items", BP_ERROR,
	    "Items so many and so short that holding them would take more "
	    "than twice the file's size." },
	{ "wrong-kind", BP_ERROR,
	    "Text, a list or a mapping where another is wanted, a key that "
	    "is not text included." },
	/* A warning only: a newer file may carry keys this bpolpo lacks. */
	{ "unknown-key", BP_WARNING,
	    "A key this format does not know, skipped with its value." },
	{ "duplicate-key", BP_ERROR,
	    "A key given twice in one mapping, a subject's in values or "
	    "choose included." },
	{ "missing-key", BP_ERROR,
	    "A required key is not there." },
	{ "empty-value", BP_ERROR,
	    "A required text, a value or an item of a list is null, empty "
	    "or blank." },
	{ "unsupported-format", BP_ERROR,
	    "The format is not 1." },
	{ "bad-date", BP_ERROR,
	    "The value of updated is not a real day written as YYYY-MM-DD." },
	{ "bad-url", BP_ERROR,
	    "A source's URL is not an absolute http or https URL that can be "
	    "linked to as it is." },
	{ "too-few-items", BP_ERROR,
	    "Fewer than two subjects, or no feature." },
	{ "bad-id", BP_ERROR,
	    "An id that is not lowercase letters, digits and dashes starting "
	    "with a letter or digit." },
	{ "reserved-id", BP_ERROR,
	    "A subject id that is a word reserved for edges or decide." },
	{ "duplicate-id", BP_ERROR,
	    "An id given to two items of the same list." },
	{ "duplicate-item", BP_ERROR,
	    "A list of edges or of cited sources names one twice." },
	{ "unknown-subject", BP_ERROR,
	    "An edge, a key of values or of choose names no subject." },
	{ "unknown-source", BP_ERROR,
	    "A section or question cites a source that is not in the "
	    "sources list." },
	{ "bad-edge", BP_ERROR,
	    "An edge list that is empty, holds tie, or names every subject, "
	    "which is a tie." },
	{ "missing-value", BP_ERROR,
	    "A feature has no value for a subject." },
};

const char *
bp_problem_code(enum bp_problem p)
{
	return bp_problems[p].code;
}

void
bp_problem(struct bp_diags *dg, enum bp_problem p, struct bp_mark at,
    const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	bp_vdiag(dg, (unsigned)p, bp_problems[p].level, at, fmt, ap);
	va_end(ap);
}
