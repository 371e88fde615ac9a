/*
 * Building blocks shared by the terminal renderers (src/render/term/),
 * defined in term.c: they append to the buffer they are given and own
 * nothing after they return.
 */
#ifndef BP_TERM_H
#define BP_TERM_H

#include <stddef.h>

#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "render/bp_render.h"
#include "render/bp_walk.h"

/* How a piece of text is shown in color (see style_on in term.c). */
enum bp_term_style {
	BP_TS_NONE,
	BP_TS_HEADING,
	BP_TS_EDGE,	/* the subject with the edge */
	BP_TS_ID,		/* ids beside what they name */
	BP_TS_MATCH,	/* a search term where it was found */
	BP_TS__MAX
};

/*
 * Appends safe text, in its style when color is on, each URL in it a
 * hyperlink when o->hyperlinks is.
 */
void	bp_term_styled(struct bp_buf *, const struct bp_opts *,
	    enum bp_term_style, const char *, size_t);

/* A heading from the data, or one of bpolpo's own (wrapped if it must be). */
void	bp_term_heading(struct bp_buf *, const struct bp_opts *, const char *,
	    size_t);
void	bp_term_heading_line(struct bp_buf *, const struct bp_opts *,
	    const char *);
/*
 * Wraps text to the width and writes each line behind indent spaces; the
 * first line gets first (of display width indent) instead when not NULL.
 */
void	bp_term_wrapped(struct bp_buf *, const struct bp_opts *, size_t indent,
	    const char *first, const char *, size_t);
/* A fixed message (bpolpo's own words), wrapped. */
void	bp_term_line(struct bp_buf *, const struct bp_opts *, const char *);
/*
 * "Run 'bpolpo [--data FILE] ARGS' to ...": pre, the command that reads
 * the same data with args, and post, wrapped.
 */
void	bp_term_run(struct bp_buf *, const struct bp_opts *, const char *pre,
	    const char *args, const char *post);
/* Prose: paragraphs split at blank lines, each wrapped, a blank line between. */
void	bp_term_prose(struct bp_buf *, const struct bp_opts *, const char *,
	    size_t);
/* A page's head: the title, then "Last updated: ..." when it has a date. */
void	bp_term_title(struct bp_buf *, const struct bp_opts *,
	    const struct bp_doc *);

/* Two-column list: key, then text wrapped beside it (or below on narrow output). */
struct bp_term_item {
	const char		*key;	/* raw: made safe when shown */
	const char		*text;	/* raw data text */
	size_t			 len;
	enum bp_term_style	 key_style;
	enum bp_term_style	 text_style;
};
void	bp_term_keyed_list(struct bp_buf *, const struct bp_opts *,
	    size_t indent, const struct bp_term_item *, size_t);
/*
 * One item of a keyed list whose widest key is keyw columns wide: for
 * lists made an item at a time, whatever their length.
 */
void	bp_term_keyed_item(struct bp_buf *, const struct bp_opts *,
	    size_t indent, size_t keyw, const struct bp_term_item *);

/* The cited sources of one item, under a "Sources" heading; nothing if none. */
void	bp_term_cited(struct bp_buf *, const struct bp_doc *,
	    const struct bp_opts *, const struct bp_texts *);
/* One source as "[N] title, publisher" and its URL below. */
void	bp_term_source_at(struct bp_buf *, const struct bp_opts *,
	    size_t number, const struct bp_source *);

/*
 * The command renderers, a file each; the terminal's struct bp_renderer
 * (renderer.c) holds them.
 */
void	bp_term_overview(struct bp_buf *, const struct bp_doc *,
	    const struct bp_opts *, const struct bp_cmdinfo *, size_t);
void	bp_term_compare(struct bp_buf *, const struct bp_doc *,
	    const struct bp_opts *);
/* The feature table alone, without the title above it. */
void	bp_term_table(struct bp_buf *, const struct bp_doc *,
	    const struct bp_opts *);
void	bp_term_export(struct bp_buf *, const struct bp_doc *,
	    const struct bp_opts *);
void	bp_term_verdict(struct bp_buf *, const struct bp_doc *,
	    const struct bp_opts *);
void	bp_term_faq_list(struct bp_buf *, const struct bp_doc *,
	    const struct bp_opts *);
void	bp_term_faq(struct bp_buf *, const struct bp_doc *,
	    const struct bp_faq *, const struct bp_opts *);
void	bp_term_section_list(struct bp_buf *, const struct bp_doc *,
	    const struct bp_opts *);
void	bp_term_section(struct bp_buf *, const struct bp_doc *,
	    const struct bp_section *, const struct bp_opts *);
void	bp_term_sources(struct bp_buf *, const struct bp_doc *,
	    const struct bp_opts *);
void	bp_term_source(struct bp_buf *, const struct bp_doc *,
	    const struct bp_source *, const struct bp_opts *);
/* diff: the changes as a changelog (render/term/diff.c). */
void	bp_term_diff(struct bp_buf *, const struct bp_opts *,
	    const struct bp_diff *, const char *oldname, const char *newname);
void	bp_term_search(struct bp_buf *, const struct bp_doc *,
	    const struct bp_query *, const struct bp_opts *);
void	bp_term_decide(struct bp_buf *, const struct bp_doc *,
	    const struct bp_decision *, const struct bp_opts *);
void	bp_term_questions(struct bp_buf *, const struct bp_doc *,
	    const struct bp_decision *, int, const struct bp_opts *);

/* The "Choose X if" lists, each after a blank line (verdict.c). */
extern const struct bp_choose_ops	bp_term_choose_ops;

#endif
