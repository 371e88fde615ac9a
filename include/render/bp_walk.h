/*
 * The composite results, each walked once (render/walk.c), the formats
 * supplying the markup through a table of functions: what is said, and
 * in what order, is the walker's alone.  Texts given are data text or
 * bpolpo's words, raw: each function escapes them for its format.
 */
#ifndef BP_WALK_H
#define BP_WALK_H

#include <stddef.h>

#include "model/bp_doc.h"
#include "query/bp_decide.h"
#include "render/bp_render.h"

/*
 * decide's result: the lean; how firm it is (firm: a sentence, none
 * without a lean); for each subject, a group (its count) and
 * its questions (by criteria, each with its answer; by features, those
 * picked for it, answer -1), then the group of those picked for either;
 * the end of all that; the feature rows that bear on the lean, when
 * they are listed (rows, row..., rows_end); where to read on (the
 * section and the command that shows it); the note that this is a
 * tally.  A group's questions come between list(arg, 1) and
 * list(arg, 0), but for a group without any.
 */
struct bp_decision_ops {
	void	(*lean)(void *, const char *, size_t);
	void	(*firm)(void *, const char *, size_t);
	void	(*group)(void *, const char *, size_t);
	void	(*list)(void *, int open);
	void	(*question)(void *, const struct bp_decision *, size_t i,
		    int answer);
	void	(*lean_end)(void *);
	void	(*rows)(void *, const char *title, size_t len, size_t n);
	void	(*row)(void *, const struct bp_feature *);
	void	(*rows_end)(void *, size_t n);
	void	(*read)(void *, const struct bp_section *, const char *cmd,
		    size_t len);
	void	(*note)(void *, const char *);
};

void	bp_walk_decision(const struct bp_decision *, const struct bp_opts *,
	    const struct bp_decision_ops *, void *arg);

#endif
