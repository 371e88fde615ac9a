/* Where the comparison comes from: built in, a file, a pipe or standard input. */
#ifndef BP_INPUT_H
#define BP_INPUT_H

#include <stddef.h>

#include "base/bp_diag.h"
#include "model/bp_doc.h"

/* No data file is read past this: far beyond any real comparison. */
#define BP_INPUT_LIMIT	((size_t)64 * 1024 * 1024)

/*
 * Reads, loads and validates the comparison at path ("-": standard
 * input; NULL: the built-in one).  dg is set up here, named after the
 * input, keeping at most maxerrors problems (-1: the default); the caller
 * frees it.  *doc is the document, or NULL when nothing could be loaded
 * or, for the built-in data, when parse is not set: bp_default_doc,
 * loaded when bpolpo was built, stands in.  Returns 0 when the input
 * could not be read at all, after saying why on standard error.
 */
int	bp_input(const char *path, int parse, long maxerrors,
	    struct bp_diags *dg, struct bp_doc **doc);

#endif
