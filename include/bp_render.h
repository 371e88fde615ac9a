/* Renderers: a loaded comparison into a buffer.  They never touch stdout or the environment. */
#ifndef BP_RENDER_H
#define BP_RENDER_H

#include <stddef.h>

#include "bp_buf.h"
#include "bp_doc.h"

enum bp_layout {
	BP_LAYOUT_AUTO,		/* a table when the columns fit, else stacked */
	BP_LAYOUT_TABLE,
	BP_LAYOUT_STACKED,
	BP_LAYOUT__MAX
};

/* Everything main.c learned from the command line and the world. */
struct bp_opts {
	size_t		 width;		/* output columns, at least BP_MIN_WIDTH */
	int		 ascii;		/* ASCII borders and bullets only */
	enum bp_layout	 layout;
};

#define BP_MIN_WIDTH	20

/* A command as the overview lists it. */
struct bp_cmdinfo {
	const char	*name;
	const char	*summary;
};

/* Prose wrapped to the width: paragraphs split at blank lines. */
void	bp_term_text(struct bp_buf *, const struct bp_opts *, const char *,
	    size_t);
void	bp_term_overview(struct bp_buf *, const struct bp_doc *,
	    const struct bp_opts *, const struct bp_cmdinfo *, size_t);
void	bp_term_compare(struct bp_buf *, const struct bp_doc *,
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

#endif
