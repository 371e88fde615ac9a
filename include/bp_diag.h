/* Diagnostics: collected while loading and validating, printed by main.c. */
#ifndef BP_DIAG_H
#define BP_DIAG_H

#include <stdio.h>

#include "bp_doc.h"

/* Ordered by severity: the worst level decides the exit status. */
enum bp_level {
	BP_WARNING,
	BP_ERROR,
	BP_LEVEL__MAX
};

struct bp_diag {
	enum bp_level	 level;
	struct bp_mark	 at;
	char		*msg;	/* escaped: safe to print */
	size_t		 seq;	/* order found, to keep sorting stable */
};

struct bp_diags {
	char		*file;	/* name printed before line:col */
	struct bp_diag	*v;
	size_t		 n;
	size_t		 nerrors;
};

void	bp_diags_init(struct bp_diags *, const char *file);
void	bp_diags_free(struct bp_diags *);
void	bp_diag(struct bp_diags *, enum bp_level, struct bp_mark,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* Puts the problems in input order (line, column, then as found). */
void	bp_diags_sort(struct bp_diags *);
/* Sorts, then prints each as "bpolpo: FILE:LINE:COL: LEVEL: message". */
void	bp_diags_print(struct bp_diags *, FILE *);
/* "error" or "warning". */
const char	*bp_level_name(enum bp_level);

#endif
