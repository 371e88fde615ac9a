/*
 * decide's answers kept in a file: what --save writes and --answers
 * reads back (bpolpo(5), SAVED ANSWERS).  No I/O: the bytes come and
 * go through the caller.
 */
#ifndef BP_SAVED_H
#define BP_SAVED_H

#include <stddef.h>

#include "base/bp_buf.h"
#include "query/bp_decide.h"

/* One item of answers, as read, with where it is in the file. */
struct bp_saved_answer {
	char		*id;
	char		*answer;	/* NULL: not answered */
	unsigned char	 weight;
	size_t		 line, col;
};

/* A file of saved answers, as read. */
struct bp_saved {
	char			*title;		/* comparison, or NULL */
	char			*updated;	/* or NULL */
	int			 by;		/* an enum bp_by, or -1 */
	size_t			 nsubjects;
	char			*subjects;	/* unused: kept NULL */
	struct bp_saved_answer	*v;
	size_t			 n;
};

/* The answers and weights of dc, its title, date, mode and subjects, as YAML. */
void	bp_saved_write(struct bp_buf *, const struct bp_decision *dc);
/*
 * Reads len bytes of a file called name (for messages) into sv, freed
 * with bp_saved_free().  Returns 1; or 0 with "NAME:LINE:COL: message"
 * (one line, safe to show) appended to err and nothing to free.
 */
int	bp_saved_parse(const char *name, const char *data, size_t len,
	    struct bp_saved *sv, struct bp_buf *err);
void	bp_saved_free(struct bp_saved *);
/*
 * Gives dc the answers and weights of sv.  Returns 1, with a line for
 * each warning appended to warn (a file saved for another comparison or
 * date; ids no longer here, named); or 0 with a message in err: an
 * answer that is none, or no id at all still here.
 */
int	bp_saved_apply(const struct bp_saved *sv, const char *name,
	    struct bp_decision *dc, struct bp_buf *err, struct bp_buf *warn);

#endif
