/*
 * Diagnostics: problems collected, kept within bounds and printed in
 * input order, and every message of bpolpo's on standard error.  What
 * each problem of a comparison is, its code and severity, is the
 * model's catalogue (model/bp_problem.h); here a problem is a number.
 */
#ifndef BP_DIAG_H
#define BP_DIAG_H

#include <stdarg.h>
#include <stddef.h>

#include "base/bp_mark.h"

/* Ordered by severity: the worst level decides the exit status. */
enum bp_level {
	BP_WARNING,
	BP_ERROR,
	BP_LEVEL__MAX
};

struct bp_diag {
	unsigned	 code;	/* the catalogue's number for it */
	enum bp_level	 level;	/* the problem's, or error (--strict) */
	struct bp_mark	 at;
	char		*msg;	/* escaped: safe to print */
	size_t		 seq;	/* order found, to keep sorting stable */
};

/* Problems shown unless bp_diags_limit() says otherwise (as clang's -ferror-limit). */
#define BP_DIAG_LIMIT	100
/* What kept problems may take whatever the input's size. */
#define BP_DIAG_FLOOR	((size_t)256 * 1024)

/*
 * The problems found, of which only the first `limit` in input order are
 * kept (and shown): a file of a million errors costs a hundred
 * messages.  With no limit, they are kept while they take no more
 * memory than the input's size (and BP_DIAG_FLOOR), as the memory bound
 * has it (bpolpo(5), LIMITS); past that, the first half in input order
 * stays and becomes the limit.  The counts count them all.
 */
struct bp_diags {
	char		*file;		/* name printed before line:col */
	struct bp_diag	*v;		/* kept, in input order once sorted */
	size_t		 n, cap;
	size_t		 limit;		/* most kept; 0: all */
	size_t		 input;		/* bytes of input: what they may take */
	size_t		 bytes;		/* what the kept messages take */
	int		 shed;		/* the limit came from the memory bound */
	size_t		 nerrors;	/* found, kept or not */
	size_t		 nwarnings;
	size_t		 seq;		/* found so far */
	int		 full;		/* the worst kept marks the cut */
	struct bp_mark	 cut;
	size_t		 cutseq;
};

void	bp_diags_init(struct bp_diags *, const char *file);
/* At most limit problems are kept and shown; 0: every one that fits. */
void	bp_diags_limit(struct bp_diags *, size_t limit);
/* The input is at least bytes long: the kept problems may take as much. */
void	bp_diags_input(struct bp_diags *, size_t bytes);
void	bp_diags_free(struct bp_diags *);
/*
 * Records a problem found at a place: code is the catalogue's number for
 * it, level its severity; the message (fmt and ap) says what is wrong
 * with this input.
 */
void	bp_vdiag(struct bp_diags *, unsigned code, enum bp_level,
	    struct bp_mark, const char *fmt, va_list ap)
	    __attribute__((format(printf, 5, 0)));
/* Puts the kept problems in input order (line, column, then as found). */
void	bp_diags_sort(struct bp_diags *);
/* Problems found but not kept. */
size_t	bp_diags_omitted(const struct bp_diags *);
/*
 * Sorts, then prints each as "bpolpo: FILE:LINE:COL: LEVEL: message",
 * and a last line that says how many were not shown, if any.
 */
void	bp_diags_print(struct bp_diags *);
/*
 * Every message of bpolpo's on standard error: "bpolpo: " and the
 * message, made safe (data and arguments must not drive the terminal),
 * and a newline.  bp_warnx_more() writes a further line of it, indented.
 */
void	bp_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/*
 * Wraps those messages to width columns from now on, each further line
 * indented two spaces; 0 (the default) writes each on one line.
 */
void	bp_warn_width(size_t width);
/* Makes every warning an error (check --strict). */
void	bp_diags_strict(struct bp_diags *);
void	bp_warnx_more(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2)));

/* "error" or "warning". */
const char	*bp_level_name(enum bp_level);

/* strerror(err) in the reader's language (the locale loaded when first needed). */
const char	*bp_strerror(int err);

#endif
