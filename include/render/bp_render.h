/*
 * Renderers: a loaded comparison into a buffer.  They never touch stdout
 * or the environment, append to the buffer they are given, and keep
 * nothing after they return; the documents and answers they draw stay
 * their callers'.
 */
#ifndef BP_RENDER_H
#define BP_RENDER_H

#include <stddef.h>
#include <string.h>

#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "query/bp_search.h"

struct bp_decision;
struct bp_diff;

/*
 * The output formats, each drawn by one renderer (bp_renderer_of()):
 * which commands a format prints is which slots its renderer fills, and
 * nothing else says it.
 */
enum bp_format {
	BP_FORMAT_TEXT,
	BP_FORMAT_MARKDOWN,
	BP_FORMAT_JSON,
	BP_FORMAT_YAML,		/* dump only: the data format itself */
	BP_FORMAT_CSV,		/* compare only: a spreadsheet's */
	BP_FORMAT_TSV,
	BP_FORMAT_HTML,		/* a page: the commands that print a document */
	BP_FORMAT__MAX
};
/* Their names, as --format takes them, in the enum's order; NULL-terminated. */
extern const char *const	bp_formats[];

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
	int		 color;		/* SGR styles for headings, edges, ids */
	int		 hyperlinks;	/* URLs and citations as OSC 8 links */
	int		 ask_color;	/* the same for questions on stderr */
	size_t		 ask_width;	/* and their width: stderr's terminal */
	const size_t	*rows;		/* compare: feature indexes to show, or NULL */
	size_t		 nrows;
	const size_t	*cols;		/* the subjects to show, or NULL: all */
	size_t		 ncols;
	int		 subset;	/* decide: the document's subjects are
					   those --subjects lists */
	int		 compact;	/* JSON on one line */
	const char	*query;		/* faq/show: what was asked, for JSON */
	const char	*data;		/* --data as given, for commands to run */
};

#define BP_MIN_WIDTH	20
#define BP_MAX_WIDTH	10000

/* The features compare shows: those --rows names, in its order, or all. */
size_t			 bp_rows_n(const struct bp_doc *,
			    const struct bp_opts *);
const struct bp_feature	*bp_row(const struct bp_doc *, const struct bp_opts *,
			    size_t);

/*
 * The subjects shown, as indexes into d->subjects: those --subjects
 * names, in its order, or all.
 */
size_t			 bp_cols_n(const struct bp_doc *,
			    const struct bp_opts *);
size_t			 bp_col(const struct bp_doc *, const struct bp_opts *,
			    size_t);

/*
 * The parts of a whole comparison, in the order export prints them (the
 * seed page's): what each is called, and the anchors a page gives it
 * (PART, and ITEM-ID for each of its items).  NULL where a part has no
 * heading of its own (each choose list, each section has its own).
 * Every renderer's headings and anchors come from here.
 */
enum bp_part {
	BP_PART_VERDICT,
	BP_PART_CHOOSE,
	BP_PART_FEATURES,
	BP_PART_SECTIONS,
	BP_PART_FAQ,
	BP_PART_SOURCES,
	BP_PART__MAX
};
struct bp_part_info {
	const char	*heading;
	const char	*anchor;
	const char	*item;
	const char	*none;		/* a list of it that is empty says so */
};
extern const struct bp_part_info	bp_parts[BP_PART__MAX];
/* Whether the document has anything for part p (with the subjects shown). */
int	bp_part_present(const struct bp_doc *, const struct bp_opts *,
	    enum bp_part);
/* The heading of part p, for renderers that take (s, len). */
#define BP_PART_HEAD(p)	bp_parts[(p)].heading, strlen(bp_parts[(p)].heading)

/* A command as the overview lists it. */
struct bp_cmdinfo {
	const char	*name;
	const char	*summary;
};

/*
 * One output format: a function per command, each appending to the
 * buffer.  The terminal format wraps to o->width and styles with
 * o->color; Markdown ignores both.
 */
struct bp_renderer {
	void	(*overview)(struct bp_buf *, const struct bp_doc *,
		    const struct bp_opts *, const struct bp_cmdinfo *, size_t);
	void	(*compare)(struct bp_buf *, const struct bp_doc *,
		    const struct bp_opts *);
	void	(*verdict)(struct bp_buf *, const struct bp_doc *,
		    const struct bp_opts *);
	void	(*faq_list)(struct bp_buf *, const struct bp_doc *,
		    const struct bp_opts *);
	void	(*faq)(struct bp_buf *, const struct bp_doc *,
		    const struct bp_faq *, const struct bp_opts *);
	void	(*section_list)(struct bp_buf *, const struct bp_doc *,
		    const struct bp_opts *);
	void	(*section)(struct bp_buf *, const struct bp_doc *,
		    const struct bp_section *, const struct bp_opts *);
	void	(*sources)(struct bp_buf *, const struct bp_doc *,
		    const struct bp_opts *);
	void	(*source)(struct bp_buf *, const struct bp_doc *,
		    const struct bp_source *, const struct bp_opts *);
	void	(*search)(struct bp_buf *, const struct bp_doc *,
		    const struct bp_query *, const struct bp_opts *);
	void	(*decide)(struct bp_buf *, const struct bp_doc *,
		    const struct bp_decision *, const struct bp_opts *);
	/*
	 * decide's questions: form 0 (--list) with their texts, 1 (--ids)
	 * the ids alone, 2 (--ids=described) each id with its text.
	 */
	void	(*questions)(struct bp_buf *, const struct bp_doc *,
		    const struct bp_decision *, int form,
		    const struct bp_opts *);
	/*
	 * export: the whole comparison as one document, in this order:
	 * title and date, summary, choose lists, feature table, sections,
	 * FAQ, sources.
	 */
	void	(*export)(struct bp_buf *, const struct bp_doc *,
		    const struct bp_opts *);
	/* diff: what changed between two sides, named as given. */
	void	(*diff)(struct bp_buf *, const struct bp_opts *,
		    const struct bp_diff *, const char *oldname,
		    const char *newname);
	/* check: the problems (sorted) and their count, or the count alone. */
	void	(*check)(struct bp_buf *, const struct bp_diags *,
		    const struct bp_opts *);
	/* dump: the whole comparison in the data format's own keys. */
	void	(*dump)(struct bp_buf *, const struct bp_doc *,
		    const struct bp_opts *);
};

extern const struct bp_renderer	bp_term_renderer;	/* render/term/ */
extern const struct bp_renderer	bp_md_renderer;		/* render/markdown.c */
extern const struct bp_renderer	bp_json_renderer;	/* render/json/ */
extern const struct bp_renderer	bp_html_renderer;	/* render/html/ */
/* compare alone: the feature table as CSV (RFC 4180) or TSV (render/csv.c). */
extern const struct bp_renderer	bp_csv_renderer;
extern const struct bp_renderer	bp_tsv_renderer;
/* dump alone: the document as canonical YAML, the data format (render/yaml.c). */
extern const struct bp_renderer	bp_yaml_renderer;

/* The renderer that draws format f (render/render.c). */
const struct bp_renderer	*bp_renderer_of(enum bp_format f);

struct bp_diags;
struct bp_match;

/* Ids to list (--ids): each with its text when described is set. */
struct bp_ids {
	const struct bp_text *const	*id;
	const struct bp_text *const	*text;
	size_t				 n;
	int				 described;
};
/* One id a line, "ID<TAB>TEXT" when described. */
void	bp_term_ids(struct bp_buf *, const struct bp_ids *);
/* A JSON array of the ids, or of {"id", "text"} objects when described. */
void	bp_json_ids(struct bp_buf *, const struct bp_ids *,
	    const struct bp_opts *);

/*
 * A look-up that found nothing or too much, as JSON: the query, an empty
 * list, the candidates (m, ambiguous), and the search that finds the
 * words (sq, or NULL).  list is an enum bp_list.
 */
void	bp_json_lookup(struct bp_buf *, const struct bp_doc *,
	    const char *command, int list, const char *query,
	    const struct bp_match *m, const struct bp_query *sq,
	    const struct bp_opts *);

/*
 * s as a JSON string, quoted: escaped byte for byte as cJSON escapes one,
 * and the hidden characters (bp_char_hidden) as \u escapes too.
 */
void	bp_json_string(struct bp_buf *, const char *s, size_t len);

/* check --json: the file, the counts and every problem, in input order. */
void	bp_json_check(struct bp_buf *, const struct bp_diags *,
	    const struct bp_opts *);

/* check as text, which Markdown shares: the count, "FILE: 2 errors, 1 warning" (render/term/check.c). */
void	bp_term_check(struct bp_buf *, const struct bp_diags *,
	    const struct bp_opts *);

/* The whole comparison as JSON, key for key in the file's order. */
/* The document as canonical YAML, the data format (libyaml's emitter). */
void	bp_yaml_dump(struct bp_buf *, const struct bp_doc *);
void	bp_json_dump(struct bp_buf *, const struct bp_doc *,
	    const struct bp_opts *);

/*
 * Appends data text as Markdown inline content, every character that
 * could start markup escaped, and http(s) URLs as autolinks unless links
 * is 0 (render/mdinline.c: for Markdown and its diff).
 */
void	bp_md_inline(struct bp_buf *, const char *, size_t);
void	bp_md_inline_links(struct bp_buf *, const char *, size_t, int links);

/* Prose wrapped to the width: paragraphs split at blank lines; SIZE_MAX: strlen. */
void	bp_term_text(struct bp_buf *, const struct bp_opts *, const char *,
	    size_t);
/* One line of text (bpolpo's own), wrapped behind indent spaces. */
void	bp_term_indented(struct bp_buf *, const struct bp_opts *, size_t,
	    const char *);
/* A heading, then names with their summaries beside them (or below, when narrow). */
void	bp_term_list(struct bp_buf *, const struct bp_opts *, const char *,
	    const struct bp_cmdinfo *, size_t);
/* Question i of a decision, the pos-th asked: "3/8  ..." and its text. */
void	bp_term_question(struct bp_buf *, const struct bp_opts *,
	    const struct bp_decision *, size_t i, size_t pos);

#endif
