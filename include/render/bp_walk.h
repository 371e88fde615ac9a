/*
 * The composite results, each walked once (render/walk.c), the formats
 * supplying the markup through a table of functions: what is said, and
 * in what order, is the walker's alone.  Texts given are data text or
 * bpolpo's words, raw: each function escapes them for its format.
 */
#ifndef BP_WALK_H
#define BP_WALK_H

#include <stddef.h>

#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "query/bp_decide.h"
#include "render/bp_render.h"

/*
 * What a part is drawn with, for a format whose functions need more than
 * the buffer: the buffer, the document and the options.
 */
struct bp_page {
	struct bp_buf		*out;
	const struct bp_doc	*d;
	const struct bp_opts	*o;
};

/*
 * The "Choose X if" lists: for each subject shown whose list has items,
 * in subject order, list (with the list's label, "Choose X if"), each
 * item, then list_end.  item and list_end may be NULL.
 */
struct bp_choose_ops {
	void	(*list)(void *, const struct bp_subject *, const char *label,
		    size_t len);
	void	(*item)(void *, const struct bp_text *);
	void	(*list_end)(void *);
};

void	bp_walk_choose(const struct bp_doc *, const struct bp_opts *,
	    const struct bp_choose_ops *, void *arg);

/*
 * The whole document (export), in bp_parts' order, each part only when
 * present.  First the contents, when entry is not NULL: an entry for each
 * part with a heading (id NULL, the part's heading) and for each choose
 * list and section (with its id), then contents_end (when not NULL).  Then each part: a
 * part with a heading between part(p, 1) and part(p, 0); the quick
 * verdict's summary, the choose lists (through choose), the feature
 * table, each section, each question, each source with its number.
 */
struct bp_export_ops {
	void	(*entry)(void *, enum bp_part, const struct bp_text *id,
		    const char *s, size_t len);
	void	(*contents_end)(void *);
	void	(*part)(void *, enum bp_part, int open);
	void	(*summary)(void *, const struct bp_text *);
	const struct bp_choose_ops	*choose;
	void	(*features)(void *);
	void	(*section)(void *, const struct bp_section *);
	void	(*faq)(void *, const struct bp_faq *);
	void	(*source)(void *, size_t number, const struct bp_source *);
};

void	bp_walk_export(const struct bp_doc *, const struct bp_opts *,
	    const struct bp_export_ops *, void *arg);

/*
 * decide's result, drawn in a format's markup: what goes before ([0])
 * and after ([1]) each piece, and how text and code are escaped.  The
 * lean; how firm it is (a sentence; none without a lean); for each
 * subject a group (its count) and its questions (by criteria, each with
 * its answer's mark; by features, those picked for it), then the group
 * of those picked for either, in a list each; the end of all that; the
 * feature rows that bear on the lean, when they are listed (rows[1] and
 * rows_end[1] around them, or rows[0] and rows_end[0] when none does);
 * where to read on (read[0] title read[1] command read[2]); the note
 * that this is a tally.  A question or a row is item[0], its mark, its
 * id as code, a space, its text, item[1].
 */
struct bp_decision_markup {
	void		(*text)(struct bp_buf *, const char *, size_t);
	void		(*code)(struct bp_buf *, const char *, size_t);
	const char	*lean[2];
	const char	*firm[2];
	const char	*group[2];
	const char	*list[2];
	const char	*item[2];
	const char	*marks[3];	/* not answered, yes, no */
	const char	*lean_end;
	const char	*rows[2][2];	/* [0]: no row, [1]: rows listed */
	const char	*rows_end[2];
	const char	*read[3];
	const char	*note[2];
};

void	bp_walk_decision(struct bp_buf *, const struct bp_decision *,
	    const struct bp_opts *, const struct bp_decision_markup *);
/*
 * One question of a decision as an item, with the mark of answer (-1:
 * none); id is scratch space.  decide --list draws its list with it.
 */
void	bp_walk_question(struct bp_buf *, const struct bp_decision_markup *,
	    struct bp_buf *id, const struct bp_decision *, size_t i,
	    int answer);

/*
 * search's hits, in a format's markup: for each item, item[0] heading
 * item[1] command item[2], then each hit as hit[0] field ": " excerpt
 * hit[1], the matches in the excerpt between mark[0] and mark[1];
 * item_end closes an item.  excerpt escapes pieces of an excerpt (cut
 * anywhere: a URL in one is text).
 */
struct bp_hits_markup {
	void		(*text)(struct bp_buf *, const char *, size_t);
	void		(*code)(struct bp_buf *, const char *, size_t);
	void		(*excerpt)(struct bp_buf *, const char *, size_t);
	const char	*item[3];
	const char	*item_end;
	const char	*hit[2];
	const char	*mark[2];
};

struct bp_query;
void	bp_walk_hits(struct bp_buf *, const struct bp_doc *,
	    const struct bp_query *, const struct bp_opts *,
	    const struct bp_hits_markup *);

/* A changed text is escaped this many bytes of words at a time. */
#define BP_WALK_WINDOW	((size_t)64 * 1024)

/*
 * A word diff's runs, one space between, each between open[op] and
 * close[op] (op: enum bp_run's BP_W_*), its words escaped by esc a
 * window at a time; raw is scratch space.
 */
struct bp_wdiff;
void	bp_walk_runs(struct bp_buf *, struct bp_buf *raw,
	    const struct bp_wdiff *,
	    void (*esc)(struct bp_buf *, const char *, size_t),
	    const char *const open[3], const char *const close[3]);

#endif
