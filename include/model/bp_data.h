/* The default comparison and the starter, compiled in from data/ (see Makefile). */
#ifndef BP_DATA_H
#define BP_DATA_H

#include <stddef.h>

struct bp_doc;

/* The YAML text, for check and the tests. */
extern const char		bp_default_data[];
extern const size_t		bp_default_len;

/* What 'bpolpo init' writes (data/starter.yaml), shown in bpolpo(5). */
extern const char		bp_starter_data[];
extern const size_t		bp_starter_len;

/*
 * The same comparison already loaded and validated, at build time by
 * build/gendoc.c: the built-in data costs no parsing when bpolpo runs.
 * Static: never bp_doc_free() it.
 */
extern const struct bp_doc	bp_default_doc;

#endif
