/* Generated hard text for the property tests: one generator, seeded, shared by the unit tests. */
#ifndef GEN_H
#define GEN_H

#include <stddef.h>

#include "base/bp_buf.h"

/* A number below n from a fixed-seed generator, so a failure repeats. */
unsigned	gen_rnd(unsigned n);

/*
 * Appends a YAML double-quoted text: "x", then up to max pieces, each a
 * hard code point (controls, marks, emoji, bidi, wide) or, one time in
 * one_in, one of the n words (markup, URLs, list starts), escaped.
 */
void		gen_quoted(struct bp_buf *y, size_t max,
		    const char *const *words, size_t n, unsigned one_in);

struct bp_doc;

/*
 * Loads and validates a test's YAML text, which must have no error: one
 * is printed, and the test aborts.
 */
struct bp_doc	*gen_load(const char *text);

#endif
