/*
 * The validator (model/validate.c): what the loader cannot check, and the
 * rule for a source's URL that the renderers which link apply again.
 * Nothing it returns is to be freed.
 */
#ifndef BP_VALIDATE_H
#define BP_VALIDATE_H

#include "base/bp_diag.h"
#include "model/bp_doc.h"

/*
 * Checks what the loader cannot: ids, references between lists, the date,
 * the format version.  Adds every problem to diags.
 */
void		 bp_validate(const struct bp_doc *, struct bp_diags *);

/*
 * Why a source's URL is not one bpolpo links to, or NULL when it is: an
 * absolute http(s) URL with a host, nothing in it to escape.  A static
 * string.  Renderers that link check it again: a document with errors
 * may still be rendered by the tests and the fuzzer.
 */
const char	*bp_url_problem(const struct bp_text *);

#endif
