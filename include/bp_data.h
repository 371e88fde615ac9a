/* The default comparison, compiled in from data/bpo-lpo.yaml (see Makefile). */
#ifndef BP_DATA_H
#define BP_DATA_H

#include <stddef.h>

extern const char	bp_default_data[];
extern const size_t	bp_default_len;

#endif
